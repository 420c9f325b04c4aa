const SAFE_HREF = /^(?:https?:\/\/|mailto:)[\x21-\x7e]+$/i;

/**
 * The link destination as it may go into an OSC 8 sequence, or undefined. The article model
 * already allows only http, https and mailto URLs; this checks again, and refuses anything
 * but printable ASCII (no space, no ESC, BEL or other control, nothing past U+007E) so that a
 * destination can never end the sequence early or start another one.
 */
export function safeHref(href: string | undefined): string | undefined {
  return href !== undefined && href.length <= 4096 && SAFE_HREF.test(href) ? href : undefined;
}
