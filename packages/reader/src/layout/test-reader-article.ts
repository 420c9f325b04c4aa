import type { Article } from "@broadsheet/article";

/** An article with every block type, links, marks, CJK, emoji and a long URL, for layout tests. */
export function readerArticle(overrides: Partial<Article> = {}): Article {
  return {
    schemaVersion: 1,
    id: "bs-test-reader",
    slug: "harbour-bridge-reopens",
    headline: "Harbour Bridge Reopens After Two-Year Repair",
    alternativeHeadline: "Commuters return to the span as the city counts the cost.",
    kicker: "Transport",
    articleSection: "Local",
    author: [
      { name: "Ada Park", url: "https://broadsheet.example/people/ada-park", role: "Reporter" },
      { name: "Li Wei" },
    ],
    dateline: { place: "Malmö, Sweden", date: "Sept. 14", source: "AP" },
    datePublished: "2025-09-14T08:00:00+02:00",
    dateModified: "2025-09-15T10:30:00+02:00",
    inLanguage: "en",
    corrections: [
      { date: "2025-09-15", kind: "correction", text: "An earlier version misstated the cost." },
    ],
    body: [
      {
        type: "paragraph",
        content: [
          { text: "The bridge " },
          { text: "reopened", marks: ["em"] },
          { text: " on " },
          { text: "Sunday", marks: ["strong"] },
          { text: ", the " },
          { text: "city said", href: "https://city.example.org/news" },
          { text: ". It carries 40 km² of " },
          { text: "CO", marks: ["code"] },
          { text: "2", marks: ["sub"] },
          { text: " savings, " },
          { text: "not", marks: ["strike"] },
          { text: " a 1" },
          { text: "st", marks: ["sup"] },
          { text: " for the city." },
        ],
      },
      { type: "heading", level: 2, content: [{ text: "What changed" }] },
      {
        type: "paragraph",
        content: [
          {
            text: "東京都の人口は約千四百万人です。👩‍👩‍👧 families crossed, waving 🇸🇪 flags; the café’s owner said “finally”. See https://city.example.org/a/very/long/path/that/does/not/fit/on/one/line/at/all for details.",
          },
        ],
      },
      {
        type: "blockquote",
        style: "block",
        paragraphs: [[{ text: "It is open, and it will stay open." }], [{ text: "Come and see." }]],
        attribution: "Mayor Eva Lind",
      },
      {
        type: "blockquote",
        style: "pull",
        paragraphs: [[{ text: "Two years, and worth every day." }]],
        attribution: "A commuter",
      },
      {
        type: "list",
        ordered: true,
        start: 9,
        items: [
          [{ text: "Ninth item that is long enough to wrap onto a second line here." }],
          [{ text: "Tenth item" }],
        ],
      },
      { type: "list", ordered: false, items: [[{ text: "One" }], [{ text: "Two" }]] },
      { type: "heading", level: 3, content: [{ text: "The cost" }] },
      {
        type: "image",
        src: "https://img.example.org/a.jpg",
        alt: "A crane over the river",
        caption: [{ text: "Work on the " }, { text: "south span", marks: ["em"] }],
        credit: "Ada Park",
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
        caption: "Costs by year",
        header: [[{ text: "Year" }], [{ text: "Cost (€m)" }], [{ text: "Note" }]],
        align: [null, "right", "center"],
        rows: [
          [[{ text: "2024" }], [{ text: "10.5" }], [{ text: "steel" }]],
          [[{ text: "2025" }], [{ text: "3" }], [{ text: "paint and a long note that wraps" }]],
        ],
      },
      { type: "heading", level: 4, content: [{ text: "Facts" }] },
      {
        type: "aside",
        title: "At a glance",
        content: [
          { type: "paragraph", content: [{ text: "Length: 1 km." }] },
          { type: "list", ordered: false, items: [[{ text: "Opened 1931" }]] },
        ],
      },
    ],
    ...overrides,
  };
}
