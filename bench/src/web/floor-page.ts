import type { Article } from "@broadsheet/article";
import { escapeHtml, floorBlockHtml } from "./floor-body.js";

const CSS = [
  ":root{color-scheme:light dark;--ink:#1a1a1a;--paper:#fff;--muted:#555;--link:#0645ad}",
  "@media (prefers-color-scheme:dark){:root{--ink:#e6e6e6;--paper:#121212;--muted:#b0b0b0;--link:#8ab4f8}}",
  "body{margin:0;background:var(--paper);color:var(--ink);font:1.125rem/1.6 Georgia,'Times New Roman',serif}",
  "main{max-width:65ch;margin:0 auto;padding:1rem}",
  "a{color:var(--link)}",
  "h1,h2,h3,h4{font-family:system-ui,sans-serif;line-height:1.2}",
  ".kicker,.byline,.dateline,figcaption,small{font-family:system-ui,sans-serif;color:var(--muted);font-size:.9rem}",
  ".dek{font-size:1.25rem;color:var(--muted)}",
  ".dateline{font-variant:small-caps}",
  "blockquote{margin:1.5rem 0;padding-left:1rem;border-left:3px solid var(--muted)}",
  "img{max-width:100%;height:auto}",
  "table{border-collapse:collapse}th,td{padding:.25rem .5rem;border-bottom:1px solid var(--muted)}",
  "aside{border:1px solid var(--muted);padding:0 1rem}",
].join("");

const RTL = /^(ar|he|fa|ur|yi|ps|sd|ug|dv|ckb)(-|$)|-(Arab|Hebr|Thaa|Syrc)(-|$)/;

function time(iso: string, lang: string): string {
  const label = new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(iso),
  );
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(label)}</time>`;
}

function header(article: Article, lang: string): string {
  const authors = (article.author ?? [])
    .map((author) =>
      author.url
        ? `<a href="${escapeHtml(author.url)}" rel="author">${escapeHtml(author.name)}</a>`
        : escapeHtml(author.name),
    )
    .join(", ");
  const dates = [
    article.datePublished ? time(article.datePublished, lang) : "",
    article.dateModified ? `updated ${time(article.dateModified, lang)}` : "",
  ].filter(Boolean);
  const kicker = [article.articleSection, article.kicker].filter(Boolean).join(" · ");
  return [
    "<header>",
    kicker ? `<p class="kicker">${escapeHtml(kicker)}</p>` : "",
    `<h1>${escapeHtml(article.headline)}</h1>`,
    article.alternativeHeadline
      ? `<p class="dek">${escapeHtml(article.alternativeHeadline)}</p>`
      : "",
    authors || dates.length > 0
      ? `<p class="byline">${authors ? `By ${authors}` : ""}${authors && dates.length ? " · " : ""}${dates.join(", ")}</p>`
      : "",
    article.dateline ? `<p class="dateline">${escapeHtml(article.dateline.place)}</p>` : "",
    "</header>",
  ].join("");
}

function footer(article: Article, lang: string): string {
  const corrections = (article.corrections ?? []).map(
    (correction) =>
      `<li>${time(correction.date, lang)}: ${escapeHtml(correction.kind)}. ${escapeHtml(correction.text)}</li>`,
  );
  const citations = (article.citation ?? []).map((citation) => {
    const name = citation.url
      ? `<a href="${escapeHtml(citation.url)}" rel="noopener noreferrer">${escapeHtml(citation.name)}</a>`
      : escapeHtml(citation.name);
    return `<li>${name}${citation.publisher ? `, ${escapeHtml(citation.publisher)}` : ""}</li>`;
  });
  return [
    corrections.length ? `<h2>Corrections</h2><ul>${corrections.join("")}</ul>` : "",
    citations.length ? `<h2>Sources</h2><ul>${citations.join("")}</ul>` : "",
  ].join("");
}

/**
 * The floor of the web benchmarks: the article as one hand-written-style static HTML page —
 * the same text as the site's article page (kicker, headline, dek, byline, dateline, body,
 * corrections, sources), semantic elements, inline CSS, system fonts, light and dark, an
 * empty inline icon (so the browser asks for no `/favicon.ico`, as the site's inline icon
 * spares it), no script and no other request.
 */
export function floorPage(article: Article): string {
  const lang = article.inLanguage ?? "en";
  const dir = RTL.test(lang) ? "rtl" : "ltr";
  const description = article.description ?? article.alternativeHeadline ?? article.headline;
  return [
    `<!doctype html><html lang="${escapeHtml(lang)}" dir="${dir}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(article.headline)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}">`,
    '<link rel="icon" href="data:,">',
    `<style>${CSS}</style></head><body><main><article>`,
    header(article, lang),
    article.body.map(floorBlockHtml).join("\n"),
    footer(article, lang),
    "</article></main></body></html>\n",
  ].join("");
}
