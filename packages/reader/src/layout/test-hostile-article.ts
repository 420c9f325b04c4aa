import type { Article } from "@broadsheet/article";
import { readerArticle } from "./test-reader-article.js";

/** Escape sequences and controls an article might smuggle in: title, clipboard, clear, CR, bidi. */
export const HOSTILE =
  "\u001B]0;pwned\u0007\u001B]52;c;ZXZpbA==\u001B\\\u001B[2J\u001B[H\r\u009B31m\u009D8;;x\u0007\u202E\u0000\t\u007F";

/** Keys and values that choose how a block is set rather than holding text. */
const KEEP_KEYS = new Set(["type", "style", "kind"]);
const KEEP_VALUES = new Set([
  "em",
  "strong",
  "code",
  "sub",
  "sup",
  "strike",
  "left",
  "right",
  "center",
]);

/**
 * The reader article with hostile text in every field the layout shows, as an unvalidated file
 * could carry it (the schema would reject it).
 */
export function hostileArticle(): Article {
  const h = (text: string) => `${text}${HOSTILE}`;
  const article = readerArticle();
  const json = JSON.stringify(article, (key, value) =>
    typeof value === "string" && !KEEP_KEYS.has(key) && !KEEP_VALUES.has(value) ? h(value) : value,
  );
  return JSON.parse(json) as Article;
}
