import { type Article, type Block, readingTime, tableOfContents } from "@broadsheet/article";
import { escapeHtml, floorBlockHtml, inlineHtml } from "./floor-body.js";
import { type FloorSite, floorHead } from "./floor-head.js";

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

const CHROME_CSS = [
  "body>*{max-width:65ch;margin:0 auto;padding:1rem}",
  ".skip{position:absolute;left:-99em}.skip:focus{left:.5rem}",
  ".site{display:flex;flex-wrap:wrap;gap:0 1.5rem;align-items:baseline;border-bottom:1px solid var(--muted)}",
  ".site ul{display:flex;flex-wrap:wrap;gap:0 1rem;list-style:none;padding:0}",
  "h2 a{color:inherit;text-decoration:none}",
  "@media print{.skip,nav,body>footer{display:none}}",
].join("");

const RTL = /^(ar|he|fa|ur|yi|ps|sd|ug|dv|ckb)(-|$)|-(Arab|Hebr|Thaa|Syrc)(-|$)/;

function time(iso: string, lang: string): string {
  const label = new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(iso),
  );
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(label)}</time>`;
}

function header(article: Article, lang: string, notes: string[] = []): string {
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
    notes.length > 0 ? `<p class="byline">${notes.join(" · ")}</p>` : "",
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

function anchoredBody(article: Article): string {
  const ids = new Map(tableOfContents(article).map((entry) => [entry.block, entry.id]));
  const block = (item: Block, index: number) => {
    const id = ids.get(index);
    if (item.type !== "heading" || id === undefined) return floorBlockHtml(item);
    const tag = `h${item.level}`;
    return `<${tag} id="${id}"><a href="#${id}">${inlineHtml(item.content)}</a></${tag}>`;
  };
  return article.body.map(block).join("\n");
}

function documentStart(article: Article, head: string, css: string): string {
  const lang = escapeHtml(article.inLanguage ?? "en");
  const dir = RTL.test(lang) ? "rtl" : "ltr";
  return [
    `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    head,
    `<link rel="icon" href="data:,"><style>${css}</style></head><body>`,
  ].join("");
}

/**
 * The floor of the web benchmarks: the article page as a careful person would write it by hand
 * for the same requirements as the site's (issue 5): the article's text as in
 * {@link bareArticlePage}, plus the head a search engine, social card and feed reader need
 * ({@link floorHead}), a skip link, the site name and section navigation, the reading time and
 * a link to the Markdown, subheads that link to themselves, a footer with the feeds, and a print
 * style. Still no script, one request, an empty
 * inline icon, hand-written CSS.
 */
export function floorPage(article: Article, site: FloorSite, sections: string[]): string {
  const lang = article.inLanguage ?? "en";
  const nav = sections
    .map((name) => {
      const href = `/section/${encodeURIComponent(name.toLowerCase())}`;
      return `<li><a href="${href}">${escapeHtml(name)}</a></li>`;
    })
    .join("");
  return [
    documentStart(article, floorHead(article, site), CSS + CHROME_CSS),
    '<a class="skip" href="#main">Skip to content</a><header class="site">',
    `<a href="/">${escapeHtml(site.name)}</a><nav aria-label="Sections"><ul>${nav}</ul></nav>`,
    '</header><main id="main"><article>',
    header(article, lang, [
      `${readingTime(article)} min read`,
      `<a href="/articles/${article.slug}.md" type="text/markdown">Markdown</a>`,
    ]),
    anchoredBody(article),
    footer(article, lang),
    "</article></main>",
    '<footer><a href="/feed.xml">Atom feed</a> · <a href="/feed.json">JSON Feed</a></footer>',
    "</body></html>\n",
  ].join("");
}

/**
 * The bare article page, for reference beside the floor: the article's text alone as one
 * hand-written-style static HTML page (kicker, headline, dek, byline, dateline, body,
 * corrections, sources), semantic elements, inline CSS, system fonts, light and dark, an empty
 * inline icon (so the browser asks for no `/favicon.ico`), title and description but no other
 * metadata, no site navigation, no script and no other request.
 */
export function bareArticlePage(article: Article): string {
  const lang = article.inLanguage ?? "en";
  const description = article.description ?? article.alternativeHeadline ?? article.headline;
  const head = [
    `<title>${escapeHtml(article.headline)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}">`,
  ].join("");
  return [
    documentStart(article, head, CSS),
    "<main><article>",
    header(article, lang),
    article.body.map(floorBlockHtml).join("\n"),
    footer(article, lang),
    "</article></main></body></html>\n",
  ].join("");
}
