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
});
