export { articleLibrary, type HeldLibrary, type KeyedArticle } from "./app/library-entries.js";
export type {
  LibraryEntry,
  LibraryHit,
  LibrarySource,
  SearchResults,
} from "./app/library-source.js";
export { runReader } from "./app/run-reader.js";
export { type ArticleExit, ArticleView, type ArticleViewProps } from "./views/ArticleView.js";
export { LibraryView, type LibraryViewProps } from "./views/LibraryView.js";
export {
  type Positions,
  ReaderApp,
  type ReaderAppProps,
  type ReaderStart,
} from "./views/ReaderApp.js";
