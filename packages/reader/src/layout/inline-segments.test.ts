import { describe, expect, it } from "vitest";
import { inlineSegments } from "./inline-segments.js";
import { LinkRegistry } from "./link-registry.js";

const context = (hyperlinks: boolean) => ({ hyperlinks, links: new LinkRegistry() });

describe("inlineSegments", () => {
  it("maps marks to styles", () => {
    expect(
      inlineSegments(
        [
          { text: "a" },
          { text: "b", marks: ["em"] },
          { text: "c", marks: ["strong", "strike"] },
          { text: "d", marks: ["code"] },
          { text: "2", marks: ["sup"] },
          { text: "x", marks: ["sub"] },
        ],
        context(true),
      ),
    ).toEqual([
      { text: "a" },
      { text: "b", style: { italic: true } },
      { text: "c", style: { bold: true, strikethrough: true } },
      { text: "d", style: { role: "code" } },
      { text: "²" },
      { text: "ₓ" },
    ]);
  });

  it("keeps the base style under the marks", () => {
    expect(
      inlineSegments([{ text: "q", marks: ["em"] }], context(true), { role: "quote" }),
    ).toEqual([{ text: "q", style: { role: "quote", italic: true } }]);
  });

  it("gives links their destination when hyperlinks are on", () => {
    expect(inlineSegments([{ text: "site", href: "https://x.example/" }], context(true))).toEqual([
      { text: "site", style: { underline: true, role: "link", href: "https://x.example/" } },
    ]);
  });

  it("numbers links after their last span when hyperlinks are off, reusing a number", () => {
    const ctx = context(false);
    const segments = inlineSegments(
      [
        { text: "one ", href: "https://a.example/" },
        { text: "link", href: "https://a.example/", marks: ["em"] },
        { text: " and " },
        { text: "two", href: "https://b.example/" },
        { text: ", again " },
        { text: "one", href: "https://a.example/" },
      ],
      ctx,
    );
    expect(segments.map((s) => s.text).join("")).toBe("one link[1] and two[2], again one[1]");
    expect(segments.some((s) => s.style?.href)).toBe(false);
    expect(ctx.links.references).toEqual([
      { number: 1, href: "https://a.example/" },
      { number: 2, href: "https://b.example/" },
    ]);
  });

  it("sanitizes text and drops unsafe destinations", () => {
    const segments = inlineSegments(
      [{ text: "a\u001B]0;x\u0007b" }, { text: "bad", href: "javascript:alert(1)" }],
      context(true),
    );
    expect(segments).toEqual([{ text: "ab" }, { text: "bad" }]);
  });
});
