import { describe, expect, it } from "vitest";
import { normalizeTypography, normalizeUrl } from "./normalize.js";

describe("normalizeUrl", () => {
  it("treats a character and its escape alike when the escape structures nothing", () => {
    expect(normalizeUrl("https://x.example/[a]`b")).toBe(
      normalizeUrl("https://x.example/%5Ba%5D%60b"),
    );
    expect(normalizeUrl("https://x.example/café/日本")).toBe(
      normalizeUrl("https://x.example/caf%C3%A9/%E6%97%A5%E6%9C%AC"),
    );
    expect(normalizeUrl("https://x.example/{x}|y")).toBe(
      normalizeUrl("https://x.example/%7bx%7d%7Cy"),
    );
  });

  it("keeps escapes that change what a URL means", () => {
    expect(normalizeUrl("https://x.example/a%2Fb")).not.toBe(normalizeUrl("https://x.example/a/b"));
    expect(normalizeUrl("https://x.example/?a=1%26b")).not.toBe(
      normalizeUrl("https://x.example/?a=1&b"),
    );
    expect(normalizeUrl(String.raw`https://x.example/a\b`)).not.toBe(
      normalizeUrl(String.raw`https://x.example/a\\b`),
    );
  });
});

describe("normalizeTypography", () => {
  it("removes what a typographer adds and nothing else", () => {
    expect(normalizeTypography("“a” ‘b’ -- c --- d… «e»")).toBe(
      normalizeTypography(`"a" 'b' – c — d... <<e>>`),
    );
    expect(normalizeTypography("-–")).toBe(normalizeTypography("---"));
    expect(normalizeTypography("a*b")).not.toBe(normalizeTypography("ab"));
  });
});
