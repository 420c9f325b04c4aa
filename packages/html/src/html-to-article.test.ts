import { createHash } from "node:crypto";
import type { Article, Block } from "@broadsheet/article";
import { parseArticle } from "@broadsheet/article";
import { describe, expect, it } from "vitest";
import { MISSING_ALT } from "./convert/read-image.js";
import { HTML_RULES } from "./html-rule.js";
import type { HtmlImportOptions } from "./html-to-article.js";
import { htmlToArticle } from "./html-to-article.js";
import { UNTITLED } from "./read-headline.js";

const URL = "https://example.com/news/story.html";

function imported(html: string | Uint8Array, options: HtmlImportOptions = { url: URL }) {
  const result = htmlToArticle(html, options);
  if (!result.ok) throw new Error(result.error.message);
  expect(parseArticle(result.article).ok).toBe(true);
  for (const warning of result.warnings) expect(HTML_RULES).toContain(warning.rule);
  return result;
}

function body(html: string | Uint8Array, options?: HtmlImportOptions): Block[] {
  return imported(html, options).article.body;
}

describe("htmlToArticle on a fragment", () => {
  it("reads paragraphs, headings and marks, with whitespace as a browser shows it", () => {
    expect(
      body(`<p>  One <em>two</em>
      <b>three <i>four</i></b> <code>x()</code> H<sub>2</sub>O E=mc<sup>2</sup> <del>old</del></p>
      <h2>Sub</h2><h3>Third</h3><h4>Fourth</h4>`),
    ).toEqual([
      {
        type: "paragraph",
        content: [
          { text: "One " },
          { text: "two", marks: ["em"] },
          { text: " " },
          { text: "three ", marks: ["strong"] },
          { text: "four", marks: ["strong", "em"] },
          { text: " " },
          { text: "x()", marks: ["code"] },
          { text: " H" },
          { text: "2", marks: ["sub"] },
          { text: "O E=mc" },
          { text: "2", marks: ["sup"] },
          { text: " " },
          { text: "old", marks: ["strike"] },
        ],
      },
      { type: "heading", level: 2, content: [{ text: "Sub" }] },
      { type: "heading", level: 3, content: [{ text: "Third" }] },
      { type: "heading", level: 4, content: [{ text: "Fourth" }] },
    ]);
  });

  it("makes h1, h5 and h6 the nearest heading level the model has, noted", () => {
    const result = imported("<h1>A</h1><h5>B</h5><h6>C</h6>");
    expect(
      result.article.body.map((block) => (block.type === "heading" ? block.level : 0)),
    ).toEqual([2, 4, 4]);
    expect(result.warnings).toContainEqual({
      block: 0,
      rule: "heading-level",
      note: "Made an <h1> a level 2 heading; the model's body headings are levels 2 to 4.",
    });
  });

  it("resolves links against the page's URL, and a <br> is a line break", () => {
    expect(
      body(`<p><a href="../a?b=1#c">rel</a> <a href="mailto:x@example.com">mail</a><br>next</p>`),
    ).toEqual([
      {
        type: "paragraph",
        content: [
          { text: "rel", href: "https://example.com/a?b=1#c" },
          { text: " " },
          { text: "mail", href: "mailto:x@example.com" },
          { text: "\nnext" },
        ],
      },
    ]);
  });

  it("resolves against <base href> when the page has one", () => {
    const [paragraph] = body(`<!DOCTYPE html><html><head><base href="/docs/"><title>T</title></head>
      <body><article><p>${"Words of the story go on here. ".repeat(20)}<a href="x.html">x</a></p></article></body></html>`);
    expect(paragraph?.type === "paragraph" && paragraph.content.at(-1)?.href).toBe(
      "https://example.com/docs/x.html",
    );
  });

  it("keeps the text of a relative link without a page URL, and says to give one", () => {
    const result = imported(`<p><a href="/x">text</a></p>`, {});
    expect(result.article.body).toEqual([{ type: "paragraph", content: [{ text: "text" }] }]);
    expect(result.warnings.map((warning) => warning.rule)).toEqual([
      "relative-url",
      "headline-missing",
    ]);
  });

  it("reads lists, an ordered list's start, and flattens nested lists into the outer one, noted", () => {
    const result = imported(
      `<ol start="3"><li>one</li><li>two<ul><li>two a</li></ul></li></ol><ul><li><p>p1</p><p>p2</p></li></ul>`,
    );
    expect(result.article.body).toEqual([
      {
        type: "list",
        ordered: true,
        start: 3,
        items: [[{ text: "one" }], [{ text: "two" }], [{ text: "two a" }]],
      },
      { type: "list", ordered: false, items: [[{ text: "p1" }, { text: "\n" }, { text: "p2" }]] },
    ]);
    expect(result.warnings.map((warning) => warning.rule)).toContain("list-nesting");
  });

  it("reads a quote with its attribution, and a pull quote", () => {
    expect(
      body(`<blockquote><p>First.</p><p>Second.</p><footer>— Ada Park</footer></blockquote>
        <blockquote class="pullquote"><p>Big words.</p></blockquote>
        <figure><blockquote><p>Quoted.</p></blockquote><figcaption>— Someone</figcaption></figure>`),
    ).toEqual([
      {
        type: "blockquote",
        style: "block",
        paragraphs: [[{ text: "First." }], [{ text: "Second." }]],
        attribution: "Ada Park",
      },
      { type: "blockquote", style: "pull", paragraphs: [[{ text: "Big words." }]] },
      {
        type: "blockquote",
        style: "block",
        paragraphs: [[{ text: "Quoted." }]],
        attribution: "Someone",
      },
    ]);
  });

  it("reads a figure with its caption, credit and size", () => {
    expect(
      body(`<figure><img src="/a.jpg" alt="A harbour" width="800" height="600">
        <figcaption>The <em>harbour</em> at dawn. <span class="credit">Photo: Ada Park</span></figcaption></figure>`),
    ).toEqual([
      {
        type: "image",
        src: "https://example.com/a.jpg",
        alt: "A harbour",
        caption: [{ text: "The " }, { text: "harbour", marks: ["em"] }, { text: " at dawn." }],
        credit: "Photo: Ada Park",
        width: 800,
        height: 600,
      },
    ]);
  });

  it("gives an image without alt text its caption, or a placeholder that is noted", () => {
    const result = imported(
      `<figure><img src="/a.jpg"><figcaption>Caption</figcaption></figure><p>x <img src="/b.jpg"> y</p>`,
    );
    expect(result.article.body).toEqual([
      {
        type: "image",
        src: "https://example.com/a.jpg",
        alt: "Caption",
        caption: [{ text: "Caption" }],
      },
      { type: "paragraph", content: [{ text: "x" }] },
      { type: "image", src: "https://example.com/b.jpg", alt: MISSING_ALT },
      { type: "paragraph", content: [{ text: "y" }] },
    ]);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ block: 2, rule: "image-alt-missing" }),
    );
  });

  it("reads a table: header row, cells with marks, spans and short rows filled out (noted), caption", () => {
    const result =
      imported(`<table><caption>Results</caption><thead><tr><th>Team</th><th>Score</th></tr></thead>
      <tbody><tr><td><b>Reds</b></td><td>3</td></tr><tr><td colspan="2">Abandoned</td></tr><tr><td>Blues</td></tr></tbody></table>`);
    expect(result.article.body).toEqual([
      {
        type: "table",
        caption: "Results",
        header: [[{ text: "Team" }], [{ text: "Score" }]],
        rows: [
          [[{ text: "Reds", marks: ["strong"] }], [{ text: "3" }]],
          [[{ text: "Abandoned" }], [{ text: " " }]],
          [[{ text: "Blues" }], [{ text: " " }]],
        ],
      },
    ]);
    expect(result.warnings.map((warning) => warning.rule)).toContain("table-shape");
  });

  it("reads a layout table as the blocks in its cells, noted", () => {
    const result = imported(
      `<table><tr><td><p>Only column</p></td></tr><tr><td><p>Second</p></td></tr></table>`,
    );
    expect(result.article.body).toEqual([
      { type: "paragraph", content: [{ text: "Only column" }] },
      { type: "paragraph", content: [{ text: "Second" }] },
    ]);
    expect(result.warnings.map((warning) => warning.rule)).toContain("layout-table");
  });

  it("makes iframes, videos and embeds embed blocks with a fallback, and drops those without a URL", () => {
    const result =
      imported(`<iframe src="https://www.youtube.com/embed/x" title="Launch video"></iframe>
      <video><source src="/v.mp4"></video><figure><iframe src="//player.example.org/1"></iframe><figcaption>The launch</figcaption></figure>
      <iframe srcdoc="<p>hi</p>"></iframe>`);
    expect(result.article.body).toEqual([
      {
        type: "embed",
        url: "https://www.youtube.com/embed/x",
        provider: "youtube.com",
        fallback: "Launch video",
      },
      {
        type: "embed",
        url: "https://example.com/v.mp4",
        provider: "example.com",
        fallback: "Video from example.com",
      },
      {
        type: "embed",
        url: "https://player.example.org/1",
        provider: "player.example.org",
        fallback: "The launch",
      },
    ]);
    expect(result.warnings).toContainEqual(expect.objectContaining({ rule: "embed-dropped" }));
  });

  it("reads an aside as a fact box, a <pre> as code text, an <hr> as a divider, a <dl> as paragraphs", () => {
    const result = imported(`<aside><h3>Facts</h3><p>One.</p><ul><li>Two</li></ul></aside><hr>
      <pre>  let x = 1;\n\tx++;</pre><dl><dt>Term</dt><dd>Meaning</dd></dl>`);
    expect(result.article.body).toEqual([
      {
        type: "aside",
        title: "Facts",
        content: [
          { type: "paragraph", content: [{ text: "One." }] },
          { type: "list", ordered: false, items: [[{ text: "Two" }]] },
        ],
      },
      { type: "divider" },
      { type: "paragraph", content: [{ text: "  let x = 1;\n    x++;", marks: ["code"] }] },
      { type: "paragraph", content: [{ text: "Term", marks: ["strong"] }] },
      { type: "paragraph", content: [{ text: "Meaning" }] },
    ]);
    expect(result.warnings.map((warning) => warning.rule)).toEqual(
      expect.arrayContaining(["code-block", "definition-list"]),
    );
  });

  it("keeps text in formatting the model has no mark for, noted once with a count", () => {
    const result = imported(`<p><u>a</u> <u>b</u> <mark>c</mark></p>`);
    expect(result.article.body).toEqual([{ type: "paragraph", content: [{ text: "a b c" }] }]);
    expect(result.warnings).toContainEqual({
      block: 0,
      rule: "formatting-dropped",
      note: "Kept the text of <u> without its formatting; the model has no mark for it. (2 times)",
    });
  });

  it("takes a fragment's headline from the options, and an empty one gets a divider, both noted", () => {
    const result = imported("<p>Body</p>", { headline: "  A   feed item  " });
    expect(result.article.headline).toBe("A feed item");
    expect(result.article.slug).toBe("a-feed-item");
    const empty = imported("   ");
    expect(empty.article.headline).toBe(UNTITLED);
    expect(empty.article.body).toEqual([{ type: "divider" }]);
    expect(empty.warnings.map((warning) => warning.rule)).toEqual([
      "empty-body",
      "headline-missing",
    ]);
  });

  it("records the source in isBasedOn: format, URL, fetch time, a hash of the input and the warnings", () => {
    const result = imported("<p>x</p>", { url: URL, fetchedAt: new Date("2026-01-02T03:04:05Z") });
    expect(result).not.toHaveProperty("source");
    expect(result.article.isBasedOn).toEqual({
      format: "html",
      url: URL,
      dateFetched: "2026-01-02T03:04:05.000Z",
      sha256: createHash("sha256").update("<p>x</p>").digest("hex"),
      importer: "broadsheet-html/1",
      warnings: result.warnings,
    });
  });
});

describe("htmlToArticle on a page", () => {
  const page = (head: string, article: string) =>
    `<!DOCTYPE html><html lang="en-GB"><head>${head}</head><body><nav><a href="/">Home</a><a href="/a">A</a><a href="/b">B</a></nav>
    <article>${article}</article><footer><p>© Example</p><a href="/terms">Terms</a></footer></body></html>`;
  const story = `<p>${"The council voted on Tuesday to rebuild the harbour wall before winter. ".repeat(6)}</p>
    <p>${"Work starts next month and should take two years, the engineers said. ".repeat(6)}</p>`;

  it("extracts the main text and leaves the navigation and footer out", () => {
    const article = imported(page("<title>Harbour wall | Example News</title>", story)).article;
    expect(article.body.map((block) => block.type)).toEqual(["paragraph", "paragraph"]);
    expect(JSON.stringify(article.body)).not.toContain("Terms");
  });

  it("reads headline, byline, dates, description, section, keywords, language and canonical URL from the metadata", () => {
    const article = imported(
      page(
        `<title>Harbour wall to be rebuilt | Example News</title>
        <meta property="og:title" content="Harbour wall to be rebuilt">
        <meta property="og:description" content="The council votes for a new wall.">
        <meta property="article:published_time" content="2025-06-01T09:30:00+03:00">
        <meta property="article:modified_time" content="2025-06-02">
        <meta property="article:section" content="Local">
        <meta property="article:tag" content="Harbour"><meta property="article:tag" content="Council">
        <link rel="canonical" href="/news/harbour-wall">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour wall to be rebuilt","author":{"@type":"Person","name":"Ada Park"}}</script>`,
        story,
      ),
    ).article;
    expect(article).toMatchObject({
      headline: "Harbour wall to be rebuilt",
      author: [{ name: "Ada Park" }],
      datePublished: "2025-06-01T09:30:00+03:00",
      dateModified: "2025-06-02T00:00:00.000Z",
      description: "The council votes for a new wall.",
      articleSection: "Local",
      keywords: ["Harbour", "Council"],
      inLanguage: "en-GB",
      url: "https://example.com/news/harbour-wall",
    } satisfies Partial<Article>);
  });

  it("says when a page has no main text to extract, and keeps all of its body", () => {
    const result = imported(
      "<!DOCTYPE html><html><head><title>Hi there you</title></head><body><p>Short.</p></body></html>",
    );
    expect(result.article.body).toEqual([{ type: "paragraph", content: [{ text: "Short." }] }]);
  });
});

describe("htmlToArticle options", () => {
  it.each([
    [{ url: "javascript:alert(1)" }, /^the page's URL must be an http\(s\) URL/],
    [{ url: "/relative" }, /^the page's URL must be an http\(s\) URL/],
    [{ fetchedAt: "yesterday" }, /^the fetch time must be an ISO 8601 date-time/],
    [{ fetchedAt: new Date(Number.NaN) }, /^the fetch time is not a valid date/],
  ])("refuses %o with one line", (options, message) => {
    const result = htmlToArticle("<p>x</p>", options);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(message);
      expect(result.error.message).not.toContain("\n");
    }
  });

  it("decodes bytes by their <meta charset>", () => {
    const bytes = Buffer.from(
      '<meta charset="windows-1252"><p>S\xe3o Paulo \x93quoted\x94</p>',
      "latin1",
    );
    expect(body(new Uint8Array(bytes), { url: URL })).toEqual([
      { type: "paragraph", content: [{ text: "São Paulo “quoted”" }] },
    ]);
  });
});
