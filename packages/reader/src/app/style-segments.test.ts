import { describe, expect, it } from "vitest";
import { styleSegments } from "./style-segments.js";
import { resolveTheme } from "./themes.js";

const dark = resolveTheme("dark", {}, true);
const mono = resolveTheme("dark", {}, false);

describe("styleSegments", () => {
  it("writes plain text as it is", () => {
    expect(
      styleSegments([{ text: "plain " }, { text: "text" }], { theme: dark, hyperlinks: false }),
    ).toBe("plain text");
  });

  it("turns styles and roles into SGR sequences, reset after each segment", () => {
    const out = styleSegments(
      [
        { text: "Head", style: { bold: true, role: "headline" } },
        { text: " x", style: { italic: true } },
      ],
      { theme: dark, hyperlinks: false },
    );
    expect(out).toBe(`\u001b[1;${dark.headline}mHead\u001b[0m\u001b[3m x\u001b[0m`);
  });

  it("drops colours but keeps attributes without colour", () => {
    const out = styleSegments([{ text: "Head", style: { bold: true, role: "headline" } }], {
      theme: mono,
      hyperlinks: false,
    });
    expect(out).toBe("\u001b[1mHead\u001b[0m");
  });

  it("highlights matches over the segment's own colour", () => {
    const out = styleSegments([{ text: "m", style: { role: "link" }, highlight: "match" }], {
      theme: dark,
      hyperlinks: false,
    });
    expect(out).toBe(`\u001b[${dark.match}mm\u001b[0m`);
  });

  it("makes links OSC 8 hyperlinks only when asked, and only for safe destinations", () => {
    const link = {
      text: "the report",
      style: { role: "link" as const, href: "https://example.com/r" },
    };
    expect(styleSegments([link], { theme: mono, hyperlinks: false })).toBe("the report");
    expect(styleSegments([link], { theme: mono, hyperlinks: true })).toBe(
      "\u001b]8;;https://example.com/r\u0007the report\u001b]8;;\u0007",
    );
    const hostile = { ...link, style: { href: "https://x.example/\u0007\u001b]0;pwned\u0007" } };
    expect(styleSegments([hostile], { theme: mono, hyperlinks: true })).toBe("the report");
  });

  it("sanitizes text again on the way out", () => {
    const out = styleSegments([{ text: "a\u001b]0;pwned\u0007b\u001b[2Jc\rd" }], {
      theme: mono,
      hyperlinks: false,
    });
    expect(
      [...out].filter((c) => c.charCodeAt(0) < 0x20 || (c >= "\u007f" && c <= "\u009f")),
    ).toEqual([]);
    expect(out).toContain("a");
    expect(out).not.toContain("pwned");
  });
});
