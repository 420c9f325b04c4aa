const SHORTCODE_START = /\{\{(?=[<%])/g;

const LESS_THAN = 0x3c;
const PERCENT = 0x25;

/** Whether the text holds `{{<` or `{{%`: one search for `{{`, each found one checked. */
function holdsShortcodeStart(markdown: string): boolean {
  for (let at = markdown.indexOf("{{"); at !== -1; at = markdown.indexOf("{{", at + 1)) {
    const next = markdown.charCodeAt(at + 2);
    if (next === LESS_THAN || next === PERCENT) return true;
  }
  return false;
}

/**
 * Keeps Hugo from reading `{{<` or `{{%` as a shortcode (its lexer looks for them before the
 * Markdown is parsed, in code too): the second brace is written `&#123;`, which every Markdown
 * reader decodes back to `{`. Code spans cannot decode references, so they are split before
 * rendering (see splitShortcodeCode) and never reach this pass with a shortcode start inside.
 */
export function protectShortcodes(markdown: string): string {
  if (!holdsShortcodeStart(markdown)) return markdown;
  return markdown.replace(SHORTCODE_START, "{&#123;");
}
