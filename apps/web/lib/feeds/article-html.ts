import type { Article } from "@broadsheet/article";
import { blockHtml } from "./block-html";
import { escapeMarkup } from "./escape-markup";

/** The full article as an HTML fragment for feed readers: lead picture, body, corrections. */
export function articleHtml(article: Article): string {
  const lead = article.image
    ? `<figure><img src="${escapeMarkup(article.image.url)}" alt="${escapeMarkup(article.image.alt)}">${
        article.image.caption
          ? `<figcaption>${escapeMarkup(article.image.caption)}</figcaption>`
          : ""
      }</figure>`
    : "";
  const corrections = (article.corrections ?? [])
    .map((c) => `<p><em>${escapeMarkup(`${c.kind} (${c.date}): ${c.text}`)}</em></p>`)
    .join("");
  return `${lead}${article.body.map(blockHtml).join("\n")}${corrections}`;
}
