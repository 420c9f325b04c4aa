import type { Article } from "@broadsheet/article";
import { type ProfileName, profileFileName, toMarkdown } from "@broadsheet/markdown";
import type { ExportedFile } from "../platforms/platform.js";
import type { SourcedArticle } from "./read-articles.js";

/** An exported file with the article it was written from. */
export interface ExportedArticle extends ExportedFile {
  article: Article;
  /** The Broadsheet file the article was read from. */
  path: string;
}

/**
 * Exports every article in a profile with toMarkdown, under the profile's file names; an
 * export that throws is an error naming the article's file.
 */
export function exportArticles(
  articles: readonly SourcedArticle[],
  profile: ProfileName,
): ExportedArticle[] {
  return articles.map(({ path, article }) => {
    try {
      return {
        name: profileFileName(article, profile),
        markdown: toMarkdown(article, { profile }),
        article,
        path,
      };
    } catch (error) {
      throw new Error(`${path}: toMarkdown with profile ${profile} failed: ${String(error)}`);
    }
  });
}
