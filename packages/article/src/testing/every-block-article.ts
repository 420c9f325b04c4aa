import type { Article } from "../article.js";

/**
 * A small valid article that uses every block type, every inline mark and every optional
 * metadata field, with markup-like text where a renderer could be fooled, for tests.
 */
export function everyBlockArticle(): Article {
  return {
    schemaVersion: 1,
    id: "bs-web-test-1",
    slug: "harbour-bridge-reopens",
    headline: "Harbour Bridge Reopens </script><script>alert(1)</script>",
    alternativeHeadline: "Commuters return to the span.",
    kicker: "Transport",
    articleSection: "Local",
    author: [{ name: "Ada Park", url: "https://people.example.org/ada", role: "Reporter" }],
    dateline: { place: "Malmö, Sweden", date: "Sept. 14", source: "AP" },
    datePublished: "2025-09-14T08:00:00+02:00",
    dateModified: "2025-09-15T10:30:00+02:00",
    inLanguage: "en",
    keywords: ["bridges", "transport"],
    description: "The bridge is open again.",
    url: "https://broadsheet.example/articles/harbour-bridge-reopens",
    image: {
      url: "https://img.example.org/bridge.jpg",
      alt: "The bridge",
      width: 1200,
      height: 800,
    },
    corrections: [
      { date: "2025-09-15", kind: "correction", text: "An earlier version misstated the cost." },
    ],
    citation: [{ name: "City budget 2025", url: "https://city.example.org/budget" }],
    copyrightHolder: "Broadsheet",
    license: "CC BY 4.0",
    body: [
      {
        type: "paragraph",
        content: [
          { text: "The " },
          { text: "bridge", marks: ["em"] },
          { text: " is ", marks: ["strong"] },
          { text: "open", marks: ["code"] },
          { text: "2", marks: ["sub"] },
          { text: "3", marks: ["sup"] },
          { text: "closed", marks: ["strike"] },
          { text: " <img src=x onerror=alert(1)>" },
          { text: "council", href: "https://city.example.org/" },
          { text: "home", href: "https://broadsheet.example/" },
        ],
      },
      { type: "heading", level: 2, content: [{ text: "São Paulo and km²" }] },
      {
        type: "blockquote",
        style: "block",
        paragraphs: [[{ text: "It is open." }]],
        attribution: "Mayor",
      },
      { type: "blockquote", style: "pull", paragraphs: [[{ text: "Two years." }]] },
      { type: "list", ordered: true, start: 3, items: [[{ text: "one" }], [{ text: "two" }]] },
      {
        type: "image",
        src: "https://img.example.org/a.jpg",
        alt: "A crane",
        caption: [{ text: "Work" }],
        credit: "Photo: Lee",
        width: 800,
        height: 600,
      },
      {
        type: "embed",
        url: "https://video.example.org/v/1",
        provider: "Video",
        fallback: "Watch the reopening.",
      },
      { type: "divider" },
      {
        type: "table",
        caption: "Costs",
        header: [[{ text: "Year" }], [{ text: "Cost" }]],
        align: [null, "right"],
        rows: [[[{ text: "2024" }], [{ text: "10" }]]],
      },
      { type: "heading", level: 3, content: [{ text: "São Paulo and km²" }] },
      {
        type: "aside",
        title: "Facts",
        content: [
          { type: "paragraph", content: [{ text: "Length: 1 km." }] },
          { type: "list", ordered: false, items: [[{ text: "Opened 1931" }]] },
        ],
      },
    ],
  };
}
