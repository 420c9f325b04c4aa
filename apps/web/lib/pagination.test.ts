import { describe, expect, it } from "vitest";
import {
  firstPageLength,
  LISTING_PAGE_SIZE,
  listingPagePath,
  pageAfterFirst,
  pageCount,
  pageSlice,
  parsePage,
} from "./pagination";

const SIZE = LISTING_PAGE_SIZE;

/** Articles numbered by age, newest first: `count - 1` is the newest, 0 the oldest. */
function newestFirst(count: number): number[] {
  return Array.from({ length: count }, (_, index) => count - 1 - index);
}

describe("listing pagination", () => {
  it("numbers pages from the oldest article, each newest first, the newest page partial", () => {
    const items = newestFirst(SIZE * 2 + 1);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(SIZE)).toBe(1);
    expect(pageCount(items.length)).toBe(3);
    expect(pageSlice(items, 1)).toEqual(newestFirst(SIZE));
    expect(pageSlice(items, 2)[0]).toBe(SIZE * 2 - 1);
    expect(pageSlice(items, 3)).toEqual([SIZE * 2]);
    expect([3, 2, 1].flatMap((page) => pageSlice(items, page))).toEqual(items);
  });

  it("keeps every numbered page's articles when an article is published", () => {
    const before = newestFirst(SIZE * 4 + 7);
    const after = newestFirst(SIZE * 4 + 8);
    for (const page of [1, 2, 3, 4])
      expect(pageSlice(after, page)).toEqual(pageSlice(before, page));
    expect(pageSlice(after, 5)).toHaveLength(8);
  });

  it("shows on the first page the newest page, and the one before when the newest is not full", () => {
    expect(firstPageLength(6)).toBe(6);
    expect(firstPageLength(SIZE)).toBe(SIZE);
    expect(firstPageLength(SIZE + 1)).toBe(SIZE + 1);
    expect(firstPageLength(SIZE * 2)).toBe(SIZE);
    expect(firstPageLength(SIZE * 3 + 20)).toBe(SIZE + 20);
  });

  it("links the first page to the newest numbered page it does not show", () => {
    expect(pageAfterFirst(6)).toBeUndefined();
    expect(pageAfterFirst(SIZE + 1)).toBeUndefined();
    expect(pageAfterFirst(SIZE * 2)).toBe(1);
    expect(pageAfterFirst(SIZE * 3 + 20)).toBe(2);
    const items = newestFirst(SIZE * 3 + 20);
    const shown = items.slice(0, firstPageLength(items.length));
    const older = pageSlice(items, pageAfterFirst(items.length) ?? 0);
    expect([...shown, ...older]).toEqual(items.slice(0, shown.length + older.length));
  });

  it("puts numbered pages under the listing's path", () => {
    expect(listingPagePath("/", 2)).toBe("/page/2");
    expect(listingPagePath("/section/world", 3)).toBe("/section/world/page/3");
  });

  it("accepts only pages that exist", () => {
    const count = SIZE * 2 + 1;
    expect(parsePage("1", count)).toBe(1);
    expect(parsePage("3", count)).toBe(3);
    for (const param of ["0", "4", "02", "2.0", "-2", "x"]) {
      expect(parsePage(param, count), param).toBeUndefined();
    }
  });
});
