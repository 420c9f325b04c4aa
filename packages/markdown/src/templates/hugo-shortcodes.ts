/**
 * Keeps Hugo from reading `{{<` or `{{%` as a shortcode (its lexer looks for them before the
 * Markdown is parsed, in code too): the second brace is written `&#123;`, which every Markdown
 * reader decodes back to `{`. Code spans cannot decode references, so they are split before
 * rendering (see splitShortcodeCode) and never reach this pass with a shortcode start inside.
 */
export function protectShortcodes(markdown: string): string {
  return markdown.replace(/\{\{(?=[<%])/g, "{&#123;");
}
