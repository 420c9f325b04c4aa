import { expect, test } from "vitest";
import { readBack } from "../../test-read-back.js";

test("an image alone, with its caption on the next lines (soft or hard break)", () => {
  const image = {
    type: "image",
    src: "https://x.org/a.jpg",
    alt: "A",
    caption: [{ text: "Cap tion." }],
  };
  expect(readBack("![A](https://x.org/a.jpg)\nCap\ntion.").blocks).toEqual([image]);
  expect(readBack("![A](https://x.org/a.jpg)\\\nCap\ntion.").blocks).toEqual([image]);
  expect(readBack("![A][img]\n\n[img]: https://x.org/a.jpg").blocks).toEqual([
    { type: "image", src: "https://x.org/a.jpg", alt: "A" },
  ]);
});

test("a lone link titled embed is an embed; other lone links are paragraphs", () => {
  expect(readBack('[Watch](https://x.org/v "embed:  YouTube ")').blocks).toEqual([
    { type: "embed", url: "https://x.org/v", provider: "YouTube", fallback: "Watch" },
  ]);
  expect(readBack("[Watch](https://x.org/v)").blocks).toEqual([
    { type: "paragraph", content: [{ text: "Watch", href: "https://x.org/v" }] },
  ]);
});

test("`Table: ` after a table is its caption, once", () => {
  const { blocks } = readBack("| a |\n| - |\n\nTable: One\n\nTable: Two");
  expect(blocks).toEqual([
    { type: "table", caption: "One", header: [[{ text: "a" }]], rows: [] },
    { type: "paragraph", content: [{ text: "Table: Two" }] },
  ]);
});
