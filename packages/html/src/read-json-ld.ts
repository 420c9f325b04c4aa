const ARTICLE_TYPE = /^(?:\w*Article|BlogPosting|Report|LiveBlogPosting)$/;

/** The fields of a schema.org article in a page's JSON-LD that the importer reads, as text. */
export interface JsonLdArticle {
  headline?: string;
  alternativeHeadline?: string;
  description?: string;
  author?: string;
  datePublished?: string;
  dateModified?: string;
  articleSection?: string;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function text(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value.name);
  return undefined;
}

function isArticle(node: Json): boolean {
  const type = node["@type"];
  const types = Array.isArray(type) ? type : [type];
  return types.some((name) => typeof name === "string" && ARTICLE_TYPE.test(name));
}

function candidates(value: unknown): Json[] {
  if (Array.isArray(value)) return value.filter(isObject);
  if (!isObject(value)) return [];
  const graph = value["@graph"];
  return Array.isArray(graph) ? [value, ...graph.filter(isObject)] : [value];
}

/**
 * The first NewsArticle (or other Article, BlogPosting) in the page's
 * `<script type="application/ld+json">` blocks; blocks that are not JSON are passed over.
 */
export function readJsonLd(document: Document): JsonLdArticle | undefined {
  for (const script of document.getElementsByTagName("script")) {
    if (script.getAttribute("type")?.trim().toLowerCase() !== "application/ld+json") continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse((script.textContent ?? "").replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ""));
    } catch {
      continue;
    }
    const article = candidates(parsed).find(isArticle);
    if (!article) continue;
    return {
      headline: text(article.headline) ?? text(article.name),
      alternativeHeadline: text(article.alternativeHeadline),
      description: text(article.description),
      author: text(article.author),
      datePublished: text(article.datePublished),
      dateModified: text(article.dateModified),
      articleSection: text(article.articleSection),
    };
  }
  return undefined;
}
