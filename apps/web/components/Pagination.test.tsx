import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LISTING_PAGE_SIZE } from "@/lib/pagination";
import { Pagination } from "./Pagination";

const total = LISTING_PAGE_SIZE * 2 + 1;

describe("Pagination", () => {
  it("links the newer and older pages with rel prev and next", () => {
    const html = renderToStaticMarkup(<Pagination base="/section/world" page={2} total={total} />);
    expect(html).toContain('<a href="/section/world" rel="prev">Newer articles</a>');
    expect(html).toContain('<a href="/section/world/page/3" rel="next">Older articles</a>');
    expect(html).toContain("Page 2 of 3");
  });

  it("has no newer link on the first page, no older link on the last", () => {
    const first = renderToStaticMarkup(<Pagination base="/" page={1} total={total} />);
    expect(first).not.toContain('rel="prev"');
    expect(first).toContain('<a href="/page/2" rel="next">');
    const last = renderToStaticMarkup(<Pagination base="/" page={3} total={total} />);
    expect(last).toContain('<a href="/page/2" rel="prev">');
    expect(last).not.toContain('rel="next"');
  });

  it("is absent when the listing fits on one page", () => {
    expect(renderToStaticMarkup(<Pagination base="/" page={1} total={LISTING_PAGE_SIZE} />)).toBe(
      "",
    );
  });
});
