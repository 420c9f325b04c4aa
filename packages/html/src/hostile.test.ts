import { bodyText, parseArticle } from "@broadsheet/article";
import { describe, expect, it } from "vitest";
import { htmlToArticle } from "./html-to-article.js";
import { MAX_ELEMENTS, MAX_HTML_LENGTH, MAX_NESTING_DEPTH } from "./limits.js";

const URL = "https://example.com/story";

function imported(html: string) {
  const result = htmlToArticle(html, { url: URL });
  if (!result.ok) throw new Error(result.error.message);
  expect(parseArticle(result.article).ok).toBe(true);
  return result;
}

function refused(html: string): string {
  const result = htmlToArticle(html, { url: URL });
  if (result.ok) throw new Error("the page was imported");
  expect(result.error.message).not.toMatch(/[\n\r]|\bat \S+:\d+/);
  return result.error.message;
}

/** Whether the text holds a C0 or C1 control character or DEL. */
function hasControl(text: string): boolean {
  return [...text].some((character) => {
    const code = character.charCodeAt(0);
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });
}

const page = (body: string) =>
  `<!DOCTYPE html><html><head><title>Hostile page here</title></head><body>${body}</body></html>`;

describe("hostile HTML", () => {
  it("drops scripts, styles and event handlers, noting the scripts and styles", () => {
    const result = imported(
      `<p onclick="steal()">Hello <script>alert("x")</script><style>p{}</style><img src=x onerror="steal()" alt="pic">world</p>
       <noscript><p>enable js</p></noscript><template><p>hidden</p></template>`,
    );
    const json = JSON.stringify(result.article);
    for (const word of ["alert", "steal", "p{}", "enable js", "hidden", "onclick"])
      expect(json).not.toContain(word);
    expect(result.warnings.map((warning) => warning.rule)).toEqual(
      expect.arrayContaining(["script", "style", "dropped-element"]),
    );
  });

  it.each([
    ["javascript:alert(1)", "javascript"],
    [" JaVaScRiPt:alert(1)", "javascript"],
    ["java\tscript:alert(1)", "javascript"],
    ["\u0001javascript:alert(1)", "javascript"],
    ["vbscript:msgbox", "vbscript"],
    ["data:text/html,<script>alert(1)</script>", "data"],
    ["file:///etc/passwd", "file"],
  ])("keeps the text of a link to %j and drops the link, noted", (href, scheme) => {
    for (const html of [
      `<p><a href="${href}">click</a></p>`,
      page(`<article><p>${"Words. ".repeat(80)}<a href="${href}">click</a></p></article>`),
    ]) {
      const result = imported(html);
      expect(JSON.stringify(result.article.body)).not.toContain(`${scheme}:`);
      expect(bodyText(result.article)).toContain("click");
      expect(result.warnings).toContainEqual(
        expect.objectContaining({
          rule: "unsafe-url",
          note: expect.stringContaining(`Dropped a ${scheme}: URL from <a>`),
        }),
      );
    }
  });

  it("drops an image or embed with a data: or javascript: source", () => {
    const result = imported(
      `<img src="data:image/png;base64,AAAA" alt="x"><iframe src="javascript:alert(1)"></iframe><p>text</p>`,
    );
    expect(result.article.body).toEqual([{ type: "paragraph", content: [{ text: "text" }] }]);
    expect(result.warnings.map((warning) => warning.rule)).toEqual(
      expect.arrayContaining(["unsafe-url", "image-dropped", "embed-dropped"]),
    );
  });

  it("removes escape bytes, C0 and C1 controls and bidi overrides from text, attributes and metadata, noted", () => {
    const nasty = "\u001b]0;owned\u0007\u001b[2J\u0000\u0085\u202e";
    const result = imported(
      page(`<article><h2>Head${nasty}ing</h2><p>${`Safe${nasty} text. `.repeat(40)}</p>
        <figure><img src="/a.jpg" alt="alt${nasty}"><figcaption>cap${nasty}</figcaption></figure></article>`).replace(
        "<title>Hostile page here</title>",
        `<title>Title${nasty} of the page</title><meta name="author" content="Ada${nasty} Park">`,
      ),
    );
    const json = JSON.stringify(result.article);
    expect(json).not.toMatch(/\\u00(?:0|1)[0-9a-f]|\\u007f|[\u0080-\u009f\u202a-\u202e]/i);
    expect(result.article.headline).toBe("Title]0;owned[2J of the page");
    expect(result.warnings.map((warning) => warning.rule)).toEqual(
      expect.arrayContaining(["control-character", "bidi-control"]),
    );
    for (const warning of result.warnings) expect(hasControl(warning.note)).toBe(false);
  });

  it("replaces lone surrogates and noncharacters with U+FFFD, noted", () => {
    const result = imported("<p>a\ud800b\uffffc</p>");
    expect(result.article.body).toEqual([
      { type: "paragraph", content: [{ text: "a\ufffdb\ufffdc" }] },
    ]);
    expect(result.warnings.map((warning) => warning.rule)).toContain("invalid-unicode");
  });

  it("does not expand entities a DOCTYPE declares (a billion laughs is only text)", () => {
    const lol = `<!DOCTYPE html [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
      <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><html><body><p>&lol3;</p></body></html>`;
    const result = htmlToArticle(lol, { url: URL });
    expect(JSON.stringify(result).length).toBeLessThan(5_000);
  });

  it("decodes many character references in time, each once", () => {
    const result = imported(`<p>${"&amp;lt;&#x41;&#0;&#xD800;".repeat(50_000)}</p>`);
    const [paragraph] = result.article.body;
    expect(paragraph?.type === "paragraph" && paragraph.content[0]?.text.slice(0, 14)).toBe(
      "&lt;A\ufffd\ufffd".repeat(2),
    );
  });

  it("refuses a page nested deeper than the limit with one line", () => {
    expect(refused(page(`${"<div>".repeat(MAX_NESTING_DEPTH * 5)}deep`))).toMatch(
      new RegExp(`^the HTML nests elements more than ${MAX_NESTING_DEPTH} deep \\(at a <div>\\)`),
    );
    expect(refused(page(`${"<span><b>".repeat(MAX_NESTING_DEPTH)}deep`))).toMatch(
      /^the HTML nests elements more than/,
    );
  });

  it("reads a page nested just within the limit", () => {
    const depth = MAX_NESTING_DEPTH - 4;
    const result = imported(`${"<div>".repeat(depth)}<p>deep text</p>${"</div>".repeat(depth)}`);
    expect(bodyText(result.article)).toBe("deep text");
  });

  it("refuses a page with too many elements, or too long, with one line", () => {
    expect(refused(page("<p>x</p>".repeat(MAX_ELEMENTS + 1)))).toMatch(
      /^the HTML has more than [\d,]+ elements/,
    );
    expect(refused("x".repeat(MAX_HTML_LENGTH + 1))).toMatch(
      /^the HTML is [\d,]+ characters, over the/,
    );
  });

  it("passes over tags inside scripts, comments and unterminated markup when counting", () => {
    const result = imported(
      `<script>${"<div>".repeat(MAX_NESTING_DEPTH * 10)}</script><p>text</p><!-- ${"<div>".repeat(1000)} --><p>more</p>`,
    );
    expect(bodyText(result.article)).toBe("text\n\nmore");
    expect(imported(`<p>open</p><a ${" x".repeat(100_000)}`).article.body[0]).toEqual({
      type: "paragraph",
      content: [{ text: "open" }],
    });
  });

  it("keeps a very long paragraph whole", () => {
    const result = imported(`<p>${"word ".repeat(1_000_000)}</p>`);
    expect(bodyText(result.article).length).toBe(5_000_000 - 1);
  });

  it("keeps warnings bounded however many distinct things a page drops", () => {
    const many = Array.from(
      { length: 1000 },
      (_, index) => `<x-${index}><svg></svg></x-${index}><a href="s${index}:x">l</a>`,
    ).join("");
    const result = imported(`<p>${many}</p>`);
    expect(result.warnings.length).toBeLessThanOrEqual(201);
    expect(result.warnings.at(-1)?.rule).toBe("more-warnings");
  });
});
