import type { Article } from "@broadsheet/article";
import type { ContentError } from "./content-error.js";

/** A valid article and the file it came from. */
export interface LoadedArticle {
  file: string;
  article: Article;
}

/** The outcome of loading one file: its article, or every reason it is not one. */
export type FileResult =
  | { ok: true; file: string; article: Article }
  | { ok: false; file: string; errors: ContentError[] };

/** The outcome of loading many files: the good articles and, beside them, every error. */
export interface ContentResult {
  /** Valid articles, newest first by `datePublished` (undated last), then by headline. */
  articles: LoadedArticle[];
  /** Every problem, in file order; a bad file never hides the good ones. */
  errors: ContentError[];
  /** Every article file that was read, valid or not, in the order read. */
  files: string[];
}
