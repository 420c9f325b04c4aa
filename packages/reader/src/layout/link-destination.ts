import { sanitizeForTerminal } from "../sanitize/sanitize-for-terminal.js";

const SCHEME = /^(?:https?:\/\/|mailto:)/i;
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;
const MAX_LENGTH = 4096;

/**
 * A link destination that may go into an OSC 8 hyperlink, or undefined. Controls and escape
 * sequences are removed, anything past printable ASCII is percent-encoded (as an IRI becomes a
 * URI), and only http, https and mailto destinations without spaces are accepted, so a
 * destination can never end the sequence early or start another one.
 */
export function linkDestination(href: string): string | undefined {
  const clean = sanitizeForTerminal(href);
  const encoded = PRINTABLE_ASCII.test(clean)
    ? clean
    : Array.from(clean, (char) =>
        char.charCodeAt(0) > 0x7e ? encodeURIComponent(char) : char,
      ).join("");
  if (encoded.length > MAX_LENGTH || !SCHEME.test(encoded) || !PRINTABLE_ASCII.test(encoded)) {
    return undefined;
  }
  return encoded;
}
