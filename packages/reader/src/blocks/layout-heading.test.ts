import { describe, expect, it } from "vitest";
import { layoutHeading } from "./layout-heading.js";
import { testContext } from "./test-context.js";
import { testLines } from "./test-lines.js";

describe("layoutHeading", () => {
  it("underlines a level-2 heading as wide as its text", () => {
    const lines = layoutHeading(
      { type: "heading", level: 2, content: [{ text: "東京 today" }] },
      testContext(40),
    );
    expect(testLines(lines)).toEqual(["東京 today", "──────────"]);
    expect(lines[0]?.[0]?.style).toEqual({ bold: true, role: "heading" });
  });

  it("sets level 3 bold and level 4 italic, without a rule", () => {
    const h3 = layoutHeading(
      { type: "heading", level: 3, content: [{ text: "Three" }] },
      testContext(40),
    );
    const h4 = layoutHeading(
      { type: "heading", level: 4, content: [{ text: "Four" }] },
      testContext(40),
    );
    expect(h3).toEqual([[{ text: "Three", style: { bold: true, role: "heading" } }]]);
    expect(h4).toEqual([[{ text: "Four", style: { italic: true, role: "heading" } }]]);
  });
});
