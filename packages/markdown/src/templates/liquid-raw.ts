const ACTIVE_RUN = /\{[{%][{%]*\}*/g;
const WRAPPED_RUN = /\{% raw %\}([{%]+\}*)\{% endraw %\}/g;

/**
 * Makes Liquid (which runs before Markdown, as in Jekyll) print text as written: every run of
 * `{` and `%` that holds `{{` or `{%`, with the `}` right after it, is wrapped in a raw block,
 * `{% raw %}{{}}{% endraw %}`, wherever it stands (prose, code spans, link text, destinations).
 * A run holds no letters, so it can never contain the `{% endraw %}` that would close the block
 * early; taking in the `}` after it keeps Liquid's `{{…}}` scan from reaching past the block's
 * end. The tiny blocks never span a paragraph break (Jekyll renders a post's excerpt on its own).
 */
export function protectLiquid(markdown: string): string {
  return markdown.replace(ACTIVE_RUN, (run) => `{% raw %}${run}{% endraw %}`);
}

/** Undoes protectLiquid: the text Liquid prints. */
export function unprotectLiquid(markdown: string): string {
  return markdown.replace(WRAPPED_RUN, "$1");
}
