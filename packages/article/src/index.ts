export { Article, CURRENT_SCHEMA_VERSION } from "./article.js";
export { assertNever } from "./assert-never.js";
export * from "./blocks.js";
export { excerpt } from "./excerpt.js";
export { NONCHARACTER_PATTERN } from "./forbidden-pattern.js";
export { Inline, Mark, Span } from "./inline.js";
export { articleJsonSchema } from "./json-schema.js";
export { MARK_ELEMENTS, type MarkElement } from "./mark-elements.js";
export {
  Author,
  Citation,
  Correction,
  Dateline,
  ImportProvenance,
  ImportWarning,
  LeadImage,
} from "./metadata.js";
export { SCHEMA_HISTORY, type SchemaStep } from "./migrate.js";
export { createArticleParser, type ParseResult, parseArticle } from "./parse-article.js";
export { blockText, bodyText, inlineText } from "./plain-text.js";
export { estimateWords, minutesForWords, readingTime, WORDS_PER_MINUTE } from "./reading-time.js";
export { slugify } from "./slugify.js";
export { type TocEntry, tableOfContents } from "./table-of-contents.js";
export { FORBIDDEN_TEXT_CHARACTERS, InlineText, Label, SingleLineText } from "./text.js";
export { codePointName, type TextRules, textProblem } from "./text-problem.js";
export {
  type ScriptMark,
  type UnicodeScriptOptions,
  unicodeScript,
} from "./unicode-script.js";
export { SAFE_URL_MESSAGE } from "./url.js";
export {
  formatValidationErrors,
  toValidationErrors,
  type ValidationError,
} from "./validation-error.js";
export { countWords, wordCount } from "./word-count.js";
