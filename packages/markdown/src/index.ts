export { fromMarkdown } from "./from-markdown.js";
export type { MarkdownError, MarkdownResult } from "./markdown-result.js";
export { normalizeInline } from "./normalize-inline.js";
export type { ProfileName } from "./profiles/index.js";
export { type ToMarkdownOptions, toMarkdown } from "./to-markdown.js";
