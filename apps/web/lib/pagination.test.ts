import { describe, expect, it } from "vitest";
import {
  LISTING_PAGE_SIZE,
  laterPageParams,
  listingPagePath,
  numberedPageParams,
  pageCount,
  pageSlice,
  parsePage,
} from "./pagination";

describe("listing pagination", () => {
  const items = Array.from({ length: LISTING_PAGE_SIZE * 2 + 1 }, (_, index) => index);

  it("splits the articles into pages of a fixed size, the last one partial", () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(LISTING_PAGE_SIZE)).toBe(1);
    expect(pageCount(items.length)).toBe(3);
    expect(pageSlice(items, 1)).toHaveLength(LISTING_PAGE_SIZE);
    expect(pageSlice(items, 2)[0]).toBe(LISTING_PAGE_SIZE);
    expect(pageSlice(items, 3)).toEqual([LISTING_PAGE_SIZE * 2]);
    expect([1, 2, 3].flatMap((page) => pageSlice(items, page))).toEqual(items);
  });

  it("keeps page 1 at the listing's own path and numbers the later ones", () => {
    expect(listingPagePath("/", 1)).toBe("/");
    expect(listingPagePath("/", 2)).toBe("/page/2");
    expect(listingPagePath("/section/world", 3)).toBe("/section/world/page/3");
    expect(laterPageParams(items.length)).toEqual([{ page: "2" }, { page: "3" }]);
    expect(laterPageParams(1)).toEqual([]);
    expect(numberedPageParams(1)).toEqual([{ page: "1" }]);
    expect(numberedPageParams(items.length)).toHaveLength(3);
  });

  it("accepts only pages that exist", () => {
    expect(parsePage("1", items.length)).toBe(1);
    expect(parsePage("3", items.length)).toBe(3);
    for (const param of ["0", "4", "02", "2.0", "-2", "x"]) {
      expect(parsePage(param, items.length), param).toBeUndefined();
    }
  });
});
