import { expect, test } from "vitest";
import { readBack } from "../../test-read-back.js";
import { parseImageTitle } from "./read-paragraph.js";

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

test("credit, then | WIDTHxHEIGHT; either dimension may be left out", () => {
  expect(parseImageTitle("Photo: AP | 1200x800")).toEqual({
    credit: "Photo: AP",
    width: 1200,
    height: 800,
  });
  expect(parseImageTitle("1200x800")).toEqual({ width: 1200, height: 800 });
  expect(parseImageTitle("640x")).toEqual({ width: 640 });
  expect(parseImageTitle("x480")).toEqual({ height: 480 });
  expect(parseImageTitle("AP \\| 3x4")).toEqual({ credit: "AP | 3x4" });
  expect(parseImageTitle("3&#120;4")).toEqual({ credit: "3x4" });
  expect(parseImageTitle("")).toEqual({});
});
