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
export { searchWords, sentenceAround } from "./app/search-snippet.js";
export { THEME_NAMES, type ThemeName } from "./app/themes.js";
