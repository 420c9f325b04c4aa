import { describe, expect, it } from "vitest";
import { pageLeaves } from "./page-leaves.js";

describe("pageLeaves", () => {
  it("lists an ordered list's items with the numbers a browser shows", () => {
    const leaves = pageLeaves('<ol start="4"><li>Four</li><li>Five</li></ol><ol><li>One</li></ol>');
    expect(leaves.map((leaf) => [leaf.kind, leaf.place, leaf.text])).toEqual([
      ["li", "4.", "Four"],
      ["li", "5.", "Five"],
      ["li", "1.", "One"],
    ]);
  });

  it("reads links, images and nested marks, and a hard break as a newline", () => {
    const [leaf] = pageLeaves(
      '<p><em>a <strong>b</strong></em> <a href="https://x.example/(a)">x &amp; y</a><br>\nz <img alt="a*b" src="/i.png"></p>',
    );
    expect(leaf).toEqual({
      kind: "p",
      text: "a b x & y\nz",
      links: ["x & y → https://x.example/(a)"],
      images: ["a*b → /i.png"],
      marks: ["em: a b", "strong: b"],
    });
  });

  it("places table cells by row and column and quotes by depth", () => {
    const leaves = pageLeaves(
      "<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td><code>a|b</code></td></tr></tbody></table><blockquote><p>q</p><blockquote><p>r</p></blockquote></blockquote>",
    );
    expect(leaves.map((leaf) => [leaf.kind, leaf.place ?? "", leaf.text])).toEqual([
      ["th", "row 0, column 0", "A"],
      ["th", "row 0, column 1", "B"],
      ["td", "row 1, column 0", "1"],
      ["td", "row 1, column 1", "a|b"],
      ["quote > p", "", "q"],
      ["quote > quote > p", "", "r"],
    ]);
  });

  it("reads raw text a browser takes for a tag as the browser does, and drops empty paragraphs and heading anchors", () => {
    const leaves = pageLeaves(
      '<p>x<y, a > b</p><p></p><h2><a name="t" href="#t" class="anchor"></a>Title</h2><pre><code>{{ x }}</code></pre><hr>',
    );
    expect(leaves.map((leaf) => [leaf.kind, leaf.text, leaf.links.length])).toEqual([
      ["p", "x b", 0],
      ["h2", "Title", 0],
      ["code", "{{ x }}", 0],
      ["hr", "", 0],
    ]);
  });
});
