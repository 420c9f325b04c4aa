import type { Article } from "@broadsheet/article";
import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { containsUnsafe } from "../sanitize/test-unsafe.js";
import { layoutArticle } from "./layout-article.js";
import type { Layout } from "./layout-types.js";
import { lineText } from "./line-text.js";
import { renderPlainText } from "./render-plain-text.js";
import { HOSTILE, hostileArticle } from "./test-hostile-article.js";
import { readerArticle } from "./test-reader-article.js";

const text = (layout: Layout) => renderPlainText(layout);
const blockText = (layout: Layout, block: number) =>
  layout.lines.filter((line) => line.block === block).map(lineText);

function expectWithin(layout: Layout, width: number): void {
  for (const line of layout.lines) {
    expect(stringWidth(lineText(line)), JSON.stringify(lineText(line))).toBeLessThanOrEqual(width);
  }
}

describe("layoutArticle", () => {
  const article = readerArticle();
  const fallback = layoutArticle(article, { width: 60, hyperlinks: false });
  const linked = layoutArticle(article, { width: 60, hyperlinks: true });

  it("sets the header: kicker and section, headline, dek, byline, dateline, dates, reading time, rule", () => {
    expect(blockText(fallback, -1)).toEqual([
      "Transport · Local",
      "Harbour Bridge Reopens After Two-Year Repair",
      "Commuters return to the span as the city counts the cost.",
      "",
      "By Ada Park and Li Wei",
      "Malmö, Sweden, Sept. 14 (AP) · 14 September 2025",
      "Updated 15 September 2025 · 1 min read",
      "─".repeat(60),
      "",
    ]);
    const headline = fallback.lines[1]?.segments[0];
    expect(headline?.style).toMatchObject({ bold: true, role: "headline" });
  });

  it("styles inline marks and numbers links when hyperlinks are off", () => {
    const lines = blockText(fallback, 0).filter(Boolean);
    expect(lines.join(" ")).toBe(
      "The bridge reopened on Sunday, the city said[1]. It carries 40 km² of CO₂ savings, not a 1^st for the city.",
    );
    const segments = fallback.lines.filter((line) => line.block === 0).flatMap((l) => l.segments);
    const find = (t: string) => segments.find((segment) => segment.text.includes(t))?.style;
    expect(find("reopened")).toEqual({ italic: true });
    expect(find("Sunday")).toEqual({ bold: true });
    expect(find("city said")).toEqual({ underline: true, role: "link" });
    expect(find("[1]")).toEqual({ role: "muted" });
    expect(find("CO")).toEqual({ role: "code" });
    expect(find("not")).toEqual({ strikethrough: true });
    expect(fallback.links).toEqual([{ number: 1, href: "https://city.example.org/news" }]);
  });

  it("gives links their destination and lists no references when hyperlinks are on", () => {
    const segments = linked.lines.flatMap((line) => line.segments);
    expect(segments.find((s) => s.text.includes("city said"))?.style?.href).toBe(
      "https://city.example.org/news",
    );
    expect(text(linked).join("\n")).not.toContain("[1]");
    expect(linked.links).toEqual([]);
    expect(text(linked)).not.toContain("Links");
  });

  it("puts a blank line between blocks and two before a level-2 heading", () => {
    const lines = text(fallback);
    const heading = lines.indexOf("What changed");
    expect(lines.slice(heading - 2, heading + 2)).toEqual(["", "", "What changed", "────────────"]);
    const h3 = lines.indexOf("The cost");
    expect(lines[h3 - 1]).toBe("");
    expect(lines[h3 - 2]).not.toBe("");
  });

  it("sets block quotes behind a bar with the attribution to the right", () => {
    expect(blockText(fallback, 3)).toEqual([
      "│ It is open, and it will stay open.",
      "│",
      "│ Come and see.",
      `│ ${"— Mayor Eva Lind".padStart(58)}`,
      "",
    ]);
  });

  it("centres pull quotes in bold between rules", () => {
    const lines = blockText(fallback, 4).map((line) => line.trimEnd());
    expect(lines).toEqual([
      `    ${"─".repeat(52)}`,
      "              Two years, and worth every day.",
      "                        — A commuter",
      `    ${"─".repeat(52)}`,
      "",
    ]);
    const quote = fallback.lines.find((line) => lineText(line).includes("Two years"));
    expect(quote?.segments.find((s) => s.text.includes("Two"))?.style).toMatchObject({
      bold: true,
      role: "quote",
    });
  });

  it("numbers lists from their start with a hanging indent, and bullets the others", () => {
    expect(blockText(fallback, 5)).toEqual([
      " 9. Ninth item that is long enough to wrap onto a second",
      "    line here.",
      "10. Tenth item",
      "",
    ]);
    expect(blockText(fallback, 6)).toEqual(["• One", "• Two", ""]);
  });

  it("shows image, embed and divider placeholders", () => {
    expect(blockText(fallback, 8)).toEqual([
      "[Image: A crane over the river]",
      "Work on the south span",
      "Credit: Ada Park",
      "",
    ]);
    expect(blockText(fallback, 9)).toEqual([
      "[Embed: Video] Watch the reopening.",
      "https://video.example.org/v/1",
      "",
    ]);
    expect(blockText(fallback, 10).map((line) => line.trimEnd())).toEqual([
      `${" ".repeat(27)}* * *`,
      "",
    ]);
  });

  it("draws tables with aligned columns and the caption above", () => {
    expect(blockText(fallback, 11)).toEqual([
      "Costs by year",
      "┌──────┬───────────┬──────────────────────────────────┐",
      "│ Year │ Cost (€m) │               Note               │",
      "├──────┼───────────┼──────────────────────────────────┤",
      "│ 2024 │      10.5 │              steel               │",
      "│ 2025 │         3 │ paint and a long note that wraps │",
      "└──────┴───────────┴──────────────────────────────────┘",
      "",
    ]);
  });

  it("boxes fact boxes with their title in the border", () => {
    const lines = blockText(fallback, 13);
    expect(lines).toEqual([
      `┌─ At a glance ${"─".repeat(44)}┐`,
      `│ Length: 1 km.${" ".repeat(43)} │`,
      `│ ${" ".repeat(56)} │`,
      `│ • Opened 1931${" ".repeat(43)} │`,
      `└${"─".repeat(58)}┘`,
    ]);
  });

  it("ends with the corrections and then the numbered links", () => {
    expect(blockText(fallback, -2)).toEqual([
      "",
      "Corrections",
      "Correction, 15 September 2025: An earlier version misstated",
      "the cost.",
      "",
      "Links",
      "[1] https://city.example.org/news",
    ]);
  });

  it("records each line's block and its index in the block", () => {
    let previous = { block: -1, lineInBlock: -1 };
    for (const line of fallback.lines) {
      if (line.block === previous.block) expect(line.lineInBlock).toBe(previous.lineInBlock + 1);
      else expect(line.lineInBlock).toBe(0);
      previous = line;
    }
    const blocks = new Set(fallback.lines.map((line) => line.block));
    article.body.forEach((_, index) => {
      expect(blocks.has(index)).toBe(true);
    });
  });

  it("makes a section of each heading, pointing at the heading's first line", () => {
    expect(fallback.sections.map(({ title, level }) => ({ title, level }))).toEqual([
      { title: "What changed", level: 2 },
      { title: "The cost", level: 3 },
      { title: "Facts", level: 4 },
    ]);
    for (const section of fallback.sections) {
      expect(
        lineText(fallback.lines[section.line] ?? { segments: [], block: 0, lineInBlock: 0 }),
      ).toBe(section.title);
    }
  });

  it("keeps every line within the width, at any width", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 130 }), fc.boolean(), (width, hyperlinks) => {
        const layout = layoutArticle(article, { width, hyperlinks });
        expect(layout.width).toBe(width);
        expectWithin(layout, width);
      }),
      { numRuns: 100 },
    );
  });

  it("lets no escape sequence, control or bidi control through, from any field", () => {
    const hostile = hostileArticle();
    for (const hyperlinks of [true, false]) {
      for (const width of [20, 72]) {
        const layout = layoutArticle(hostile, { width, hyperlinks });
        for (const line of layout.lines) {
          for (const segment of line.segments) {
            expect(containsUnsafe(segment.text)).toBe(false);
            expect(segment.text).not.toContain("\n");
            if (segment.style?.href) expect(segment.style.href).toMatch(/^[\x21-\x7e]+$/);
          }
        }
        for (const section of layout.sections) expect(containsUnsafe(section.title)).toBe(false);
        for (const link of layout.links) expect(link.href).toMatch(/^[\x21-\x7e]+$/);
        expectWithin(layout, width);
        expect(renderPlainText(layout).join(" ")).toContain("Harbour Bridge");
      }
    }
    expect(containsUnsafe(HOSTILE)).toBe(true);
  });

  it("lays out random inline content within the width and without forbidden characters", () => {
    // Any cluster up to two columns wide: a wider one cannot fit a two-column line.
    const character = fc.oneof(
      fc
        .string({ unit: "grapheme", minLength: 1, maxLength: 1 })
        .filter((c) => stringWidth(c) <= 2),
      fc.constantFrom(" ", "-", "\n", "\u001B", "\u009B", "東", "👩‍👩‍👧"),
    );
    const span = fc.record(
      {
        text: fc.string({ minLength: 1, maxLength: 40, unit: character }),
        marks: fc.subarray(["em", "strong", "code", "sub", "sup", "strike"] as const),
        href: fc.constantFrom(undefined, "https://a.example/x"),
      },
      { requiredKeys: ["text"] },
    );
    const inline = fc.array(span, { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(inline, inline, fc.integer({ min: 2, max: 90 }), (content, item, width) => {
        const body = [
          { type: "paragraph", content },
          { type: "blockquote", style: "block", paragraphs: [content], attribution: "X" },
          { type: "list", ordered: true, items: [item, content] },
          { type: "table", header: [item, content], rows: [[content, item]] },
          { type: "aside", title: "T", content: [{ type: "paragraph", content }] },
        ] as Article["body"];
        const layout = layoutArticle(readerArticle({ body }), { width, hyperlinks: false });
        expectWithin(layout, width);
        for (const line of layout.lines) {
          for (const segment of line.segments) expect(containsUnsafe(segment.text)).toBe(false);
        }
        expect(new Set(layout.lines.map((line) => line.block))).toEqual(
          new Set([-1, 0, 1, 2, 3, 4, -2]),
        );
      }),
      { numRuns: 100 },
    );
  });
});
