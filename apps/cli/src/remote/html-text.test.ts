import { describe, expect, it } from "vitest";
import { estimateMinutes, estimateWords } from "./estimate-minutes.js";
import { htmlText } from "./html-text.js";

describe("htmlText", () => {
  it("gives the text a reader sees: entities decoded, scripts and styles dropped, blocks apart", () => {
    expect(
      htmlText(
        "<p>Caf&eacute; <b>prices</b>&nbsp;rise</p><script>alert('x')</script><style>p{}</style><p>Next&#8217;s<br>line</p><svg><text>no</text></svg>",
      ),
    ).toBe("Café prices rise Next’s line");
  });

  it("keeps text after a hidden element that holds an element of its own", () => {
    expect(htmlText("<noscript><p>enable</p></noscript><p>kept</p>")).toBe("kept");
  });
});

describe("estimateMinutes", () => {
  it("counts runs between spaces and dashes, and CJK characters by their average word", () => {
    expect(estimateWords("one two—three  four")).toBe(4);
    expect(estimateWords("日本語の文章です")).toBe(5);
    expect(estimateWords("")).toBe(0);
  });

  it("divides by the words a minute the content index uses, at least one minute", () => {
    expect(estimateMinutes("")).toBe(1);
    expect(estimateMinutes("word ".repeat(238 * 3))).toBe(3);
    expect(estimateMinutes("word ".repeat(238 * 2 + 150))).toBe(3);
  });
});
