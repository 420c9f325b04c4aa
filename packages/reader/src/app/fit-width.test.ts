import { describe, expect, it } from "vitest";
import { fitWidth } from "./fit-width.js";

describe("fitWidth", () => {
  it("leaves text that fits, and pads it when asked", () => {
    expect(fitWidth("abc", 5)).toBe("abc");
    expect(fitWidth("abc", 5, true)).toBe("abc  ");
  });

  it("cuts text by display width with an ellipsis, never splitting a wide character", () => {
    expect(fitWidth("abcdef", 4)).toBe("abc…");
    expect(fitWidth("日本語の記事", 6)).toBe("日本…");
    expect(fitWidth("日本語の記事", 6, true)).toBe("日本… ");
    expect(fitWidth("abc", 0)).toBe("");
  });

  it("never splits a grapheme cluster, and measures it as string-width does", () => {
    const family = "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}";
    expect(fitWidth(`ab${family}cd`, 4)).toBe("ab…");
    expect(fitWidth(`ab${family}cd`, 5)).toBe(`ab${family}…`);
    expect(fitWidth(`ab${family}cd`, 6)).toBe(`ab${family}cd`);
    expect(fitWidth("e\u0301te\u0301", 2)).toBe("e\u0301…");
    expect(fitWidth("Ukraine · Kursk — 90 km²…", 24)).toBe("Ukraine · Kursk — 90 km…");
  });
});
