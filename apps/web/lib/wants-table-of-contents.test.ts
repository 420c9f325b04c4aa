import { describe, expect, it } from "vitest";
import { TOC_MIN_HEADINGS, TOC_MIN_MINUTES, wantsTableOfContents } from "./wants-table-of-contents";

describe("wantsTableOfContents", () => {
  it("gives a contents list to a long article with several subheads", () => {
    expect(wantsTableOfContents(TOC_MIN_HEADINGS, TOC_MIN_MINUTES)).toBe(true);
    expect(wantsTableOfContents(8, 12)).toBe(true);
  });

  it("gives none to a short article, however many subheads it has", () => {
    expect(wantsTableOfContents(4, 1)).toBe(false);
    expect(wantsTableOfContents(20, TOC_MIN_MINUTES - 1)).toBe(false);
  });

  it("gives none to a long article with fewer subheads", () => {
    expect(wantsTableOfContents(TOC_MIN_HEADINGS - 1, 30)).toBe(false);
  });
});
