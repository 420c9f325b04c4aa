import { describe, expect, it } from "vitest";
import { expectedLeaves } from "../expected/expected-leaves.js";
import { pageLeaves } from "../extract/page-leaves.js";
import { compareLeaves } from "./compare-leaves.js";

const paragraph = (text: string) => ({ type: "paragraph" as const, content: [{ text }] });

describe("compareLeaves", () => {
  it("finds nothing when the page shows the blocks, typography aside", () => {
    const expected = expectedLeaves([paragraph(`"Quoted" -- and... done`)]);
    expect(compareLeaves(expected, pageLeaves("<p>“Quoted” – and… done</p>"))).toEqual([]);
  });

  it("reports a lost block once, not as a shift of every block after it", () => {
    const expected = expectedLeaves([
      paragraph("One alpha"),
      paragraph("Two beta"),
      paragraph("Three gamma"),
    ]);
    const differences = compareLeaves(expected, pageLeaves("<p>One alpha</p><p>Three gamma</p>"));
    expect(differences.map(({ block, what }) => ({ block, what }))).toEqual([
      { block: 1, what: "missing block" },
    ]);
  });

  it("reports a list item's number, a link's href and a mark", () => {
    const expected = expectedLeaves([
      { type: "list", ordered: true, start: 4, items: [[{ text: "Four", marks: ["em"] }]] },
      { type: "paragraph", content: [{ text: "site", href: "https://x.example/a(b)" }] },
    ]);
    const differences = compareLeaves(
      expected,
      pageLeaves('<ol><li>Four</li></ol><p><a href="https://x.example/a%5C(b)">site</a></p>'),
    );
    expect(differences.map(({ block, what }) => ({ block, what }))).toEqual([
      { block: 0, what: "li place" },
      { block: 0, what: "li marks" },
      { block: 1, what: "p links" },
    ]);
  });
});
