import { BLOCK_TYPES, blockText, Mark } from "@broadsheet/article";
import { describe, expect, it } from "vitest";
import { CORPORA, readArticles } from "./read-articles.js";

const articles = await readArticles(CORPORA.hostile);
const blocks = articles.flatMap(({ article }) => article.body);
const allText = articles
  .map(({ article }) =>
    [JSON.stringify({ ...article, body: undefined }), ...article.body.map(blockText)].join("\n"),
  )
  .join("\n");

const LOOK_ALIKES = [
  "* ",
  "_",
  "# ",
  "1. ",
  "> ",
  "- ",
  "+ ",
  "|",
  "<tag>",
  "&amp;",
  "`",
  "[x](y)",
  "![",
  "~~",
  ":smile:",
  "x<y, a > b",
  "```",
  "Heading \\##",
  "{{ x }}",
  "{% raw %}",
  "{{< shortcode >}}",
  "{{% ",
  "{# c #}",
  ["$", "{x}"].join(""),
  "https://x.y",
  "www.example.com",
  "news@example.com",
  "عربي",
  "עברית",
  "中文",
  "हिन्दी",
  "👩‍👩‍👧",
];

describe("the hostile corpus", () => {
  it("holds every block type", () => {
    expect(new Set(blocks.map((block) => block.type))).toEqual(new Set(BLOCK_TYPES));
  });

  it("holds every mark", () => {
    const marks = new Set(
      blocks.flatMap((block) =>
        "content" in block && Array.isArray(block.content)
          ? block.content.flatMap((span) => ("marks" in span ? (span.marks ?? []) : []))
          : [],
      ),
    );
    expect(marks).toEqual(new Set(Mark.options));
  });

  it("holds lists starting at 0, 4 and 1986, and lists in a row", () => {
    const starts = blocks.flatMap((block) =>
      block.type === "list" && block.ordered ? [block.start ?? 1] : [],
    );
    expect(starts).toEqual(expect.arrayContaining([0, 4, 1986, 1]));
  });

  it.each(LOOK_ALIKES)("holds %s in its text", (text) => {
    expect(allText).toContain(text);
  });

  it("holds YAML breakers in front matter fields", () => {
    const keywords = articles.flatMap(({ article }) => article.keywords ?? []);
    expect(keywords).toEqual(
      expect.arrayContaining([
        "no",
        "on",
        "yes",
        "null",
        "~",
        "123",
        "2024-08-06",
        "- dash",
        "#hash",
        "@at",
      ]),
    );
    expect(articles.map(({ article }) => article.headline)).toEqual(
      expect.arrayContaining([expect.stringContaining(": "), "2024-08-06"]),
    );
  });

  it("holds code spans with backticks and URLs with parentheses, backslashes, pipes and $$", () => {
    const codes = blocks.flatMap((block) =>
      block.type === "paragraph"
        ? block.content.filter((span) => span.marks?.includes("code")).map((span) => span.text)
        : [],
    );
    expect(codes).toEqual(expect.arrayContaining(["a`b", "a``b", "``"]));
    const hrefs = blocks.flatMap((block) =>
      block.type === "paragraph"
        ? block.content.flatMap((span) => (span.href ? [span.href] : []))
        : [],
    );
    for (const part of ["(Unix)", "\\", "|", "$$", "{"]) {
      expect(hrefs.some((href) => href.includes(part))).toBe(true);
    }
  });
});
