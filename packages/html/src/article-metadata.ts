import { Article } from "@broadsheet/article";
import { labelText } from "./convert/label-text.js";
import { normalizeDate } from "./normalize-date.js";
import type { Notes } from "./notes.js";
import type { PageMetadata } from "./read-page-metadata.js";

/** The article's fields other than its headline and body, as the page gives them. */
export type ArticleMetadata = Partial<
  Pick<
    Article,
    | "alternativeHeadline"
    | "description"
    | "author"
    | "datePublished"
    | "dateModified"
    | "inLanguage"
    | "articleSection"
    | "keywords"
    | "url"
  >
>;

/** Page-level facts beside the metadata: the extraction's byline, date and language win. */
export interface MetadataSources {
  page: PageMetadata;
  byline?: string;
  publishedTime?: string;
  lang?: string;
  /** The page's canonical address, resolved; else the address it was fetched from. */
  url?: string;
}

function date(text: string | undefined, field: string, notes: Notes): string | undefined {
  const date = normalizeDate(text);
  if (date?.guessed) {
    notes.add(
      "date-guess",
      `Read the page's ${field} date, which has no time zone, as ${date.value} (UTC).`,
      undefined,
    );
  }
  return date?.value;
}

/**
 * The article's metadata from what the page says: dek, description, author, dates, language,
 * section, keywords and address, each only when it is valid for the model.
 */
export function articleMetadata(sources: MetadataSources, notes: Notes): ArticleMetadata {
  const place = { notes, at: () => undefined };
  const { page } = sources;
  const label = (text: string | undefined) => labelText(text, place);
  const author = label(sources.byline ?? page.author);
  const language = label(sources.lang ?? page.lang);
  const keywords = page.keywords.map(label).filter((word): word is string => word !== undefined);
  const fields: ArticleMetadata = {
    alternativeHeadline: label(page.alternativeHeadline),
    description: label(page.description),
    author: author ? [{ name: author }] : undefined,
    datePublished: date(sources.publishedTime ?? page.datePublished, "publication", notes),
    dateModified: date(page.dateModified, "modification", notes),
    inLanguage:
      language && Article.shape.inLanguage.safeParse(language).success ? language : undefined,
    articleSection: label(page.articleSection),
    keywords: keywords.length > 0 ? [...new Set(keywords)].slice(0, 100) : undefined,
    url: sources.url,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
