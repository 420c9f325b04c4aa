export { type Role, resolveTheme, THEME_NAMES, type Theme, type ThemeName } from "./app/themes.js";
export { anchorAt } from "./layout/anchor-at.js";
export {
  COLUMN_MARGIN,
  columnWidth,
  MIN_COLUMN_WIDTH,
  PREFERRED_COLUMN_WIDTH,
} from "./layout/column-width.js";
export { layoutArticle } from "./layout/layout-article.js";
export {
  type FirstScreen,
  layoutArticleProgressively,
  type ProgressiveLayout,
} from "./layout/layout-article-progressively.js";
export type { LayoutOptions } from "./layout/layout-options.js";
export type {
  Layout,
  LayoutLine,
  LayoutSection,
  LinkReference,
  ReadingAnchor,
  Segment,
  SegmentStyle,
} from "./layout/layout-types.js";
export { lineForAnchor } from "./layout/line-for-anchor.js";
export { readingMinutes } from "./layout/reading-minutes.js";
export { renderPlainText } from "./layout/render-plain-text.js";
export { displayWidth } from "./measure/display-width.js";
export { wrapText } from "./measure/wrap-text.js";
export { oneLine } from "./sanitize/one-line.js";
export { type SanitizeMode, sanitizeForTerminal } from "./sanitize/sanitize-for-terminal.js";
export { findMatch, type SearchPosition } from "./search/find-match.js";
export { type SearchMatch, searchLayout } from "./search/search-layout.js";
