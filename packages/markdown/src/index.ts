export { type ExportWarning, exportWarnings } from "./export-warnings.js";
export { type FromMarkdownOptions, fromMarkdown } from "./from-markdown.js";
export {
  MAX_BODY_LINES,
  MAX_BREAKS_PER_WORD,
  MAX_EMPHASIS_DELIMITER_RUNS,
  MAX_FRONT_MATTER_KEYS,
  MAX_INLINE_MARKUP,
  MAX_NESTING_DEPTH,
} from "./limits.js";
export type { MarkdownError, MarkdownResult } from "./markdown-result.js";
export { normalizeInline } from "./normalize-inline.js";
export { PROFILE_NAMES, type ProfileName } from "./profiles/index.js";
export type { WriteOptions } from "./profiles/profile.js";
export {
  profileBody,
  profileFileName,
  type ToMarkdownOptions,
  toMarkdown,
} from "./to-markdown.js";
