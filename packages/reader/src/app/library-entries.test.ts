import { minimalArticle as article } from "@broadsheet/article/testing";
import { describe, expect, it } from "vitest";
import { articleLibrary } from "./library-entries.js";

const library = articleLibrary([
  {
    file: "content/tunnel.md",
    article: article({
      id: "t",
      slug: "tunnel-opens-early",
      headline: "Tunnel Opens Early",
      articleSection: "Transport",
      datePublished: "2025-10-01T07:30:00Z",
      body: [
        { type: "paragraph", content: [{ text: "Crews worked at night. The ferry lost riders." }] },
      ],
    }),
  },
  {
    file: "content/bridge.md",
    article: article({
      id: "b",
      slug: "bridge",
      headline: "Harbour Bridge Reopens",
      description: "The ferry still runs.",
    }),
  },
]);

describe("articleLibrary", () => {
  it("lists headline, date, section and reading time, in the order given", () => {
    expect(library.page("", 0, 10)).toEqual([
      {
        key: "content/tunnel.md",
        headline: "Tunnel Opens Early",
        date: "2025-10-01",
        section: "Transport",
        minutes: 1,
      },
      {
        key: "content/bridge.md",
        headline: "Harbour Bridge Reopens",
        date: "",
        section: "",
        minutes: 1,
      },
    ]);
    expect(library.page("", 1, 10).map((entry) => entry.key)).toEqual(["content/bridge.md"]);
  });

  it("keeps entries holding every word typed, ignoring case", () => {
    expect(library.count("")).toBe(2);
    expect(library.page("TUNNEL", 0, 10).map((entry) => entry.key)).toEqual(["content/tunnel.md"]);
    expect(library.count("transport early")).toBe(1);
    expect(library.count("transport bridge")).toBe(0);
  });

  it("searches headline, dek and body, showing the sentence that matches", () => {
    const results = library.search("ferry", 10);
    expect(results.count).toBe(2);
    const hits = results.hits(0, 10);
    expect(hits.map((hit) => hit.key).sort()).toEqual(["content/bridge.md", "content/tunnel.md"]);
    const tunnel = hits.find((hit) => hit.key === "content/tunnel.md");
    expect(tunnel?.snippet).toEqual([
      { text: "The ", match: false },
      { text: "ferry", match: true },
      { text: " lost riders.", match: false },
    ]);
    expect(library.search("bridge", 10).hits(0, 1)[0]?.key).toBe("content/bridge.md");
    expect(library.search("ferry", 1).hits(0, 10)).toHaveLength(1);
    expect(library.search("ferry", 10).hits(1, 10)).toHaveLength(1);
    expect(library.search("  ", 10).count).toBe(0);
  });

  it("opens an entry's article", async () => {
    const [entry] = library.page("", 0, 1);
    const opened = entry && (await library.open(entry));
    expect(opened?.ok && opened.article.slug).toBe("tunnel-opens-early");
  });
});
