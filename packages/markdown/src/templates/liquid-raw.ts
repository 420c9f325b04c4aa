const ACTIVE_RUN = /\{[{%][{%]*\}*/g;
const WRAPPED_RUN = /\{% raw %\}([{%]+\}*)\{% endraw %\}/g;

const OPEN_BRACE = 0x7b;
const PERCENT = 0x25;

/** Whether the text holds `{{` or `{%`: one search for `{`, each found one checked. */
function holdsTagStart(markdown: string): boolean {
  for (let at = markdown.indexOf("{"); at !== -1; at = markdown.indexOf("{", at + 1)) {
    const next = markdown.charCodeAt(at + 1);
    if (next === OPEN_BRACE || next === PERCENT) return true;
  }
  return false;
}

/**
 * Makes Liquid (which runs before Markdown, as in Jekyll) print text as written: every run of
 * `{` and `%` that holds `{{` or `{%`, with the `}` right after it, is wrapped in a raw block,
 * `{% raw %}{{}}{% endraw %}`, wherever it stands (prose, code spans, link text, destinations).
 * A run holds no letters, so it can never contain the `{% endraw %}` that would close the block
 * early; taking in the `}` after it keeps Liquid's `{{…}}` scan from reaching past the block's
 * end. The tiny blocks never span a paragraph break (Jekyll renders a post's excerpt on its own).
 */
export function protectLiquid(markdown: string): string {
  if (!holdsTagStart(markdown)) return markdown;
  return markdown.replace(ACTIVE_RUN, (run) => `{% raw %}${run}{% endraw %}`);
}

/** Undoes protectLiquid: the text Liquid prints. */
export function unprotectLiquid(markdown: string): string {
  return markdown.replace(WRAPPED_RUN, "$1");
}
