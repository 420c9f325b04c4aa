import type { Article } from "../article.js";

/** A small valid article for unit tests. */
export function minimalArticle(overrides: Partial<Article> = {}): Article {
  return {
    schemaVersion: 1,
    id: "a",
    slug: "a",
    headline: "Harbour Bridge Reopens",
    body: [{ type: "paragraph", content: [{ text: "The bridge reopened." }] }],
    ...overrides,
  };
}
