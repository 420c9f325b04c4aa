import type { Article } from "./article.js";

/** A small valid article that uses every block type, for tests. */
export function sampleArticle(): Article {
  return {
    schemaVersion: 1,
    id: "bs-test-0001",
    slug: "harbour-bridge-reopens",
    headline: "Harbour Bridge Reopens After Two-Year Repair",
    alternativeHeadline: "Commuters return to the span as the city counts the cost.",
    kicker: "Transport",
    articleSection: "Local",
    author: [
      { name: "Ada Park", url: "https://broadsheet.example/people/ada-park", role: "Reporter" },
    ],
    dateline: { place: "Malmö, Sweden", date: "Sept. 14", source: "AP" },
    datePublished: "2025-09-14T08:00:00+02:00",
    dateModified: "2025-09-14T10:30:00+02:00",
    inLanguage: "en",
    keywords: ["bridges", "transport"],
    description: "The bridge is open again.",
    url: "https://broadsheet.example/articles/harbour-bridge-reopens",
    image: {
      url: "https://img.example.org/bridge.jpg",
      alt: "The bridge at dawn",
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
        content: [{ text: "The bridge " }, { text: "reopened", marks: ["em"] }, { text: "." }],
      },
      { type: "heading", level: 2, content: [{ text: "São Paulo and km² Matters" }] },
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
      { type: "heading", level: 3, content: [{ text: "São Paulo and km² Matters" }] },
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
