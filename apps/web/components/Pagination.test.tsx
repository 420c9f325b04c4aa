import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Listing } from "@/lib/listing";
import { Pagination } from "./Pagination";

function listing(fields: Partial<Listing>): Listing {
  const firstPage: Listing = {
    title: "World",
    base: "/section/world",
    path: "/section/world",
    canonical: "/section/world",
    articles: [],
  };
  return Object.assign(firstPage, fields);
}

describe("Pagination", () => {
  it("links the newer and older pages with rel prev and next, and names a numbered page", () => {
    const html = renderToStaticMarkup(
      <Pagination
        listing={listing({
          path: "/section/world/page/2",
          page: 2,
          newer: "/section/world/page/3",
          older: "/section/world/page/1",
        })}
      />,
    );
    expect(html).toContain('<a href="/section/world/page/3" rel="prev">Newer articles</a>');
    expect(html).toContain('<a href="/section/world/page/1" rel="next">Older articles</a>');
    expect(html).toContain("<span>Page 2</span>");
  });

  it("gives a numbered page the dates it spans, and the first page no number", () => {
    const dated = (date: string) => ({ datePublished: date }) as Listing["articles"][number];
    const numbered = renderToStaticMarkup(
      <Pagination
        listing={listing({
          page: 1,
          newer: "/section/world",
          articles: [dated("2024-04-09T08:00:00Z"), dated("2024-03-03T08:00:00Z")],
        })}
      />,
    );
    expect(numbered).toContain("<span>Page 1: March 3, 2024 to April 9, 2024</span>");
    expect(numbered).not.toContain('rel="next"');
    const first = renderToStaticMarkup(
      <Pagination listing={listing({ older: "/section/world/page/4" })} />,
    );
    expect(first).not.toContain("<span>");
    expect(first).not.toContain('rel="prev"');
  });

  it("is absent when the listing fits on one page", () => {
    expect(renderToStaticMarkup(<Pagination listing={listing({})} />)).toBe("");
  });
});
