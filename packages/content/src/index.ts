export { ARTICLE_EXTENSIONS_TEXT, type ArticleFormat, formatOfFile } from "./article-format.js";
export { compareArticles } from "./compare-articles.js";
export type { ContentError, ContentErrorCode } from "./content-error.js";
export type { ContentResult, FileResult, LoadedArticle } from "./content-result.js";
export { type ExpandedPaths, expandArticlePaths } from "./expand-article-paths.js";
export { formatContentError } from "./format-content-error.js";
export {
  ContentIndex,
  DEFAULT_CODE_VERSION,
  type ExportRecord,
  type IndexedFile,
  type IndexOptions,
  type RefreshOptions,
  type RefreshReport,
} from "./index/content-index.js";
export {
  type IndexedArticle,
  type IndexedContent,
  indexArticles,
} from "./index/index-articles.js";
export { CACHE_DIR_VARIABLE, indexFileFor } from "./index/index-location.js";
export { INDEX_SCHEMA_VERSION } from "./index/index-schema.js";
export { indexHoldsFolder } from "./index/library-freshness.js";
export {
  countListed,
  countUnlisted,
  eachListed,
  type LibraryRow,
  MATCH_END,
  MATCH_START,
  matchingSentence,
  matchingSentenceOf,
  pageListed,
  type RankedRow,
  rankListed,
  type SearchRow,
  searchListed,
  searchQuery,
} from "./index/library-queries.js";
export { LibrarySearcher } from "./index/library-searcher.js";
export { MAX_ARTICLE_BYTES } from "./limits.js";
export { type ListResult, listArticleFiles } from "./list-article-files.js";
export { loadArticleFile, loadArticleText } from "./load-article-file.js";
export { loadArticles } from "./load-articles.js";
export { loadContent } from "./load-content.js";
export { parseArticleText } from "./parse-article-text.js";
export { readArticleText, type TextResult } from "./read-article-text.js";
