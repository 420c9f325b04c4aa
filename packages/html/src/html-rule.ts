/**
 * The rule names of the HTML importer's warnings, one per kind of thing it dropped, changed or
 * guessed. Each appears in the import's warnings as `rule`.
 */
export const HTML_RULES = [
  "no-main-text",
  "headline-missing",
  "headline-shortened",
  "date-guess",
  "control-character",
  "bidi-control",
  "invalid-unicode",
  "script",
  "style",
  "dropped-element",
  "formatting-dropped",
  "heading-level",
  "list-nesting",
  "definition-list",
  "code-block",
  "unsafe-url",
  "relative-url",
  "image-alt-missing",
  "image-dropped",
  "embed-dropped",
  "block-in-inline",
  "table-shape",
  "table-header-guess",
  "layout-table",
  "empty-body",
  "more-warnings",
] as const;

/** One of the HTML importer's rule names. */
export type HtmlRule = (typeof HTML_RULES)[number];
