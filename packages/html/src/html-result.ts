import type { Article, ImportWarning } from "@broadsheet/article";

/** Why a page could not be imported: one line saying what is wrong and what to do. */
export interface HtmlError {
  message: string;
}

/**
 * Where an imported article came from: the page's format, address, the time it was fetched, a
 * hash of its source and the importer (the article's `isBasedOn` holds the same, with the
 * warnings).
 */
export interface HtmlSource {
  format: "html";
  url?: string;
  fetchedAt?: string;
  sha256: string;
  importer: string;
}

/** The outcome of importing HTML: the article with what was dropped or guessed, or one error. */
export type HtmlResult =
  | { ok: true; article: Article; warnings: ImportWarning[]; source: HtmlSource }
  | { ok: false; error: HtmlError };
