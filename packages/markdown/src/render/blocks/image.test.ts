import type { Image } from "@broadsheet/article";
import { expect, test } from "vitest";
import { readBack } from "../../test-read-back.js";
import { renderImage } from "./image.js";

test("an image with credit, size and caption", () => {
  const block: Image = {
    type: "image",
    src: "https://x.org/tank.jpg",
    alt: "A tank [left]",
    credit: "Photo: AP",
    width: 1200,
    height: 800,
    caption: [{ text: "An " }, { text: "abandoned", marks: ["em"] }, { text: " tank." }],
  };
  expect(renderImage(block)).toBe(
    '![A tank \\[left\\]](https://x.org/tank.jpg "Photo: AP | 1200x800")\nAn *abandoned* tank.',
  );
  expect(readBack(renderImage(block)).blocks).toEqual([block]);
});

test("titles: size only, one dimension, and credits that look like a size", () => {
  const base: Image = { type: "image", src: "https://x.org/a.png", alt: "A" };
  const cases: [Image, string][] = [
    [{ ...base, width: 640 }, '"640x"'],
    [{ ...base, height: 480 }, '"x480"'],
    [{ ...base, width: 1, height: 2 }, '"1x2"'],
    [{ ...base, credit: "3x4" }, '"3&#120;4"'],
    [{ ...base, credit: "AP | 3x4" }, '"AP \\| 3x4"'],
    [{ ...base, credit: 'Say "cheese"', width: 5 }, "'Say \"cheese\" | 5x'"],
    [
      { ...base, credit: `Say "cheese", it's (nearly) free` },
      '"Say \\"cheese\\", it\'s (nearly) free"',
    ],
    [{ ...base, credit: "AT&amp;T :) \\" }, '"AT&amp;amp;T :\\) \\\\"'],
  ];
  for (const [block, title] of cases) {
    expect(renderImage(block)).toBe(`![A](https://x.org/a.png ${title})`);
    expect(readBack(renderImage(block)).blocks).toEqual([block]);
  }
});
