export type {
  LibraryEntry,
  LibraryHit,
  LibrarySource,
  OpenedArticle,
  SearchResults,
  SnippetPiece,
} from "./app/library-source.js";
export {
  DEFAULT_COLUMN_WIDTH,
  type ReaderOptions,
  type ReaderSource,
} from "./app/reader-options.js";
export { THEME_NAMES, type ThemeName } from "./app/themes.js";
