import type { Article, ImportWarning } from "@broadsheet/article";

/** Why a page could not be imported: one line saying what is wrong and what to do. */
export interface HtmlError {
  message: string;
}

/**
 * The outcome of importing HTML: the article with what was dropped or guessed, or one error. The
 * article's `isBasedOn` says where it came from (format, address, fetch time, a hash of the input,
 * the importer) and holds the same warnings.
 */
export type HtmlResult =
  | { ok: true; article: Article; warnings: ImportWarning[] }
  | { ok: false; error: HtmlError };
