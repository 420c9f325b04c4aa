import type { Aside } from "@broadsheet/article";
import { describe, expect, it } from "vitest";
import { layoutAside } from "./layout-aside.js";
import { testContext } from "./test-context.js";
import { testLines } from "./test-lines.js";

const aside = (title?: string): Aside => ({
  type: "aside",
  ...(title ? { title } : {}),
  content: [
    { type: "paragraph", content: [{ text: "Length: 1 km." }] },
    { type: "list", ordered: true, items: [[{ text: "Opened 1931" }]] },
  ],
});

describe("layoutAside", () => {
  it("sets a title too long for the border inside the box", () => {
    expect(testLines(layoutAside(aside("A title far too long for it"), testContext(24)))).toEqual([
      "┌──────────────────────┐",
      "│ A title far too long │",
      "│ for it               │",
      "│                      │",
      "│ Length: 1 km.        │",
      "│                      │",
      "│ 1. Opened 1931       │",
      "└──────────────────────┘",
    ]);
  });

  it("draws a box without a title", () => {
    expect(testLines(layoutAside(aside(), testContext(20)))[0]).toBe("┌──────────────────┐");
  });

  it("is set plain in a column too narrow for a box", () => {
    expect(testLines(layoutAside(aside("Facts"), testContext(7)))).toEqual([
      "Facts",
      "",
      "Length:",
      "1 km.",
      "",
      "1. Open",
      "   ed",
      "   1931",
    ]);
  });
});
