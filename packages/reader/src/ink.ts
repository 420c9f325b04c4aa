export { inkReady } from "./app/ink-ready.js";
export { type LibraryEntry, libraryEntries } from "./app/library-entries.js";
export { runReader } from "./app/run-reader.js";
export { type ArticleExit, ArticleView, type ArticleViewProps } from "./views/ArticleView.js";
export { LibraryView, type LibraryViewProps } from "./views/LibraryView.js";
export {
  type Positions,
  ReaderApp,
  type ReaderAppProps,
  type ReaderStart,
} from "./views/ReaderApp.js";
