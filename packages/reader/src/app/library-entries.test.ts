import { minimalArticle as article } from "@broadsheet/article/testing";
import { describe, expect, it } from "vitest";
import { filterLibrary, libraryEntries } from "./library-entries.js";

const entries = libraryEntries([
  {
    file: "content/tunnel.md",
    article: article({
      id: "t",
      slug: "tunnel-opens-early",
      headline: "Tunnel Opens Early",
      articleSection: "Transport",
      datePublished: "2025-10-01T07:30:00Z",
    }),
  },
  {
    file: "content/bridge.md",
    article: article({ id: "b", slug: "bridge", headline: "Harbour Bridge Reopens" }),
  },
]);

describe("libraryEntries", () => {
  it("shows headline, date, section and reading time", () => {
    expect(entries[0]).toMatchObject({
      headline: "Tunnel Opens Early",
      date: "2025-10-01",
      section: "Transport",
      minutes: 1,
    });
    expect(entries[1]).toMatchObject({ date: "", section: "" });
  });
});

describe("filterLibrary", () => {
  it("keeps entries holding every word typed, ignoring case", () => {
    expect(filterLibrary(entries, "").map((entry) => entry.headline)).toHaveLength(2);
    expect(filterLibrary(entries, "TUNNEL").map((entry) => entry.file)).toEqual([
      "content/tunnel.md",
    ]);
    expect(filterLibrary(entries, "transport early")).toHaveLength(1);
    expect(filterLibrary(entries, "transport bridge")).toHaveLength(0);
  });
});
