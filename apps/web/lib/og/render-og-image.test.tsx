import { everyBlockArticle } from "@broadsheet/article/testing";
import { describe, expect, it } from "vitest";
import { renderOgPng, renderOgSvg } from "./render-og-image";

const base = everyBlockArticle();
const withHeadline = (headline: string) => ({ ...base, headline });

/** The length of all path data in an SVG: what the drawn glyphs add up to. */
const pathData = (svg: string) =>
  [...svg.matchAll(/\sd="([^"]*)"/g)].reduce((sum, [, d = ""]) => sum + d.length, 0);

describe("the OpenGraph image", () => {
  it("draws CJK glyphs from the shipped Noto Sans SC, not empty boxes", async () => {
    const latin = await renderOgSvg(withHeadline("Cherry blossom opens in"));
    const cjk = await renderOgSvg(withHeadline("Cherry blossom opens in 東京 桜"));
    const otherCjk = await renderOgSvg(withHeadline("Cherry blossom opens in 京都 梅"));
    expect(pathData(cjk) - pathData(latin)).toBeGreaterThan(4 * 300);
    expect(pathData(otherCjk)).not.toBe(pathData(cjk));
  });

  it("draws an emoji as the shipped Twemoji image", async () => {
    const plain = await renderOgSvg(withHeadline("Cherry blossom opens"));
    const emoji = await renderOgSvg(withHeadline("Cherry blossom opens 🌸"));
    expect(plain).not.toContain("<image");
    const images = [...emoji.matchAll(/href="data:image\/svg\+xml;base64,([^"]+)"/g)];
    expect(images).toHaveLength(1);
    const twemoji = Buffer.from(images[0]?.[1] ?? "", "base64").toString();
    expect(twemoji).toMatch(/^<svg[\s\S]*<path/);
  });

  it("rasterises to a 1200 × 630 PNG that differs when the glyphs are removed", async () => {
    const png = Buffer.from(await renderOgPng(withHeadline("東京 🌸 Harbour")));
    const without = Buffer.from(await renderOgPng(withHeadline("Harbour")));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    expect(png.equals(without)).toBe(false);
  });
});
