import { BLOCK_TYPES, type Block } from "@broadsheet/article";
import { everyBlockArticle } from "@broadsheet/article/testing";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleBody } from "@/components/ArticleBody";
import { BodyBlock } from "./BodyBlock";

const article = everyBlockArticle();
const blockOf = <T extends Block["type"]>(type: T) =>
  article.body.find((block) => block.type === type) as Extract<Block, { type: T }>;
const html = (block: Block, headingId?: string) =>
  renderToStaticMarkup(<BodyBlock block={block} headingId={headingId} />);

describe("BodyBlock", () => {
  it("renders every block type of the model", () => {
    const used = new Set(article.body.map((block) => block.type));
    expect([...used].sort()).toEqual([...BLOCK_TYPES].sort());
    for (const block of article.body) expect(html(block)).not.toBe("");
  });

  it("maps inline marks 1:1 to HTML elements and escapes text", () => {
    const out = html(blockOf("paragraph"));
    expect(out).toContain("<em>bridge</em>");
    expect(out).toContain("<strong> is </strong>");
    expect(out).toContain("<code>open</code>");
    expect(out).toContain("<sub>2</sub>");
    expect(out).toContain("<sup>3</sup>");
    expect(out).toContain("<s>closed</s>");
    expect(out).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(out).not.toContain("<img");
  });

  it("gives external links rel=noopener noreferrer, and the site's own links none", () => {
    const out = html(blockOf("paragraph"));
    expect(out).toContain('<a href="https://city.example.org/" rel="noopener noreferrer">');
    expect(out).toContain('<a href="https://broadsheet.example/">home</a>');
  });

  it("renders a subhead with its id and an anchor link to itself", () => {
    const out = html(blockOf("heading"), "sao-paulo-and-km2");
    expect(out).toMatch(/^<h2 id="sao-paulo-and-km2" class="subhead">São Paulo and km²/);
    expect(out).toContain('href="#sao-paulo-and-km2"');
  });

  it("takes heading ids from the table of contents, unique in the article", () => {
    const out = renderToStaticMarkup(<ArticleBody article={article} />);
    expect(out).toContain('<h2 id="sao-paulo-and-km2"');
    expect(out).toContain('<h3 id="sao-paulo-and-km2-2"');
  });

  it("renders block and pull quotes with their attribution", () => {
    expect(html(blockOf("blockquote"))).toBe(
      '<figure class="block-quote"><blockquote><p>It is open.</p></blockquote><figcaption>— Mayor</figcaption></figure>',
    );
    const pull = article.body.find((b) => b.type === "blockquote" && b.style === "pull");
    expect(html(pull as Block)).toContain('class="pull-quote"');
  });

  it("keeps an ordered list's start number", () => {
    expect(html(blockOf("list"))).toBe('<ol start="3"><li>one</li><li>two</li></ol>');
  });

  it("renders a figure with width, height, alt, caption and credit", () => {
    const out = html(blockOf("image"));
    expect(out).toContain('alt="A crane" width="800" height="600"');
    expect(out).toContain('<figcaption>Work <span class="credit">Photo: Lee</span></figcaption>');
  });

  it("renders an embed as a link card with its fallback text", () => {
    const out = html(blockOf("embed"));
    expect(out).toContain("<p>Watch the reopening.</p>");
    expect(out).toContain('href="https://video.example.org/v/1" rel="noopener noreferrer"');
    expect(out).toContain("View on Video");
  });

  it("renders a divider, a table with header scope and alignment, and a fact box", () => {
    expect(html(blockOf("divider"))).toBe("<hr/>");
    const table = html(blockOf("table"));
    expect(table).toContain("<caption>Costs</caption>");
    expect(table).toContain('<th scope="col" style="text-align:right">Cost</th>');
    const aside = html(blockOf("aside"));
    expect(aside).toMatch(/^<aside class="fact-box" aria-label="Facts">/);
    expect(aside).toContain("<ul><li>Opened 1931</li></ul>");
  });
});
