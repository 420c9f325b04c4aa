import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Article } from "@broadsheet/article";
import { Resvg } from "@resvg/resvg-js";
import satori, { type Font } from "satori";
import { OgCard } from "@/components/OgCard";
import { loadOgAsset } from "./og-assets";

/** The size of an OpenGraph image. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

async function loadBaseFonts(): Promise<Font[]> {
  const font = (file: string) => readFile(path.join(process.cwd(), "assets", "fonts", file));
  const [serifBold, sans] = await Promise.all([
    font("DejaVuSerif-Bold.ttf"),
    font("DejaVuSans.ttf"),
  ]);
  return [
    { name: "DejaVu Serif", data: serifBold, weight: 700, style: "normal" },
    { name: "DejaVu Sans", data: sans, weight: 400, style: "normal" },
  ];
}

let baseFonts: Promise<Font[]> | undefined;

/**
 * The article's OpenGraph card as SVG (satori): DejaVu for Latin, Greek and Cyrillic, read once
 * per process, and through {@link loadOgAsset} Noto Sans SC for CJK and Twemoji for emoji, all
 * from files in the repository and its packages; nothing is fetched.
 */
export async function renderOgSvg(article: Article): Promise<string> {
  baseFonts ??= loadBaseFonts();
  return satori(<OgCard article={article} />, {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: await baseFonts,
    loadAdditionalAsset: loadOgAsset,
  });
}

/** The article's 1200 × 630 OpenGraph image as PNG (the SVG of {@link renderOgSvg}, rasterised). */
export async function renderOgPng(article: Article): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await renderOgSvg(article);
  const png = new Resvg(svg, {
    fitTo: { mode: "width", value: OG_WIDTH },
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
  return Uint8Array.from(png);
}
