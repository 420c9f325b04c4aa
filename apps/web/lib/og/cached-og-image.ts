import path from "node:path";
import type { Article } from "@broadsheet/article";
import { buildCache, buildCacheDir, digestOf, digestOfFiles } from "@/scripts/build-cache.mjs";
import { renderOgPng } from "./render-og-image";

/** What an OpenGraph image is drawn with besides the article: code, fonts and packages. */
const RENDERER_FILES = [
  "components/OgCard.tsx",
  "lib/og/render-og-image.tsx",
  "lib/og/og-assets.ts",
  "lib/og/og-safe-text.ts",
  "lib/og/font-subsets.ts",
  "lib/og/twemoji.ts",
  "lib/site.ts",
  "assets/fonts/DejaVuSerif-Bold.ttf",
  "assets/fonts/DejaVuSans.ttf",
  "node_modules/satori/package.json",
  "node_modules/@resvg/resvg-js/package.json",
  "node_modules/@twemoji/svg/package.json",
  "node_modules/@fontsource/noto-sans-sc/package.json",
];

let rendererDigest: string | undefined;

/** The digest of {@link RENDERER_FILES} in the app folder `appDir`, computed once per process. */
function ogRendererDigest(appDir: string): string {
  rendererDigest ??= digestOfFiles(RENDERER_FILES.map((file) => path.join(appDir, file)));
  return rendererDigest;
}

/**
 * The article's OpenGraph PNG from the build cache when it was drawn before from the same
 * article by the same renderer (code, fonts and package versions), otherwise drawn by `render`
 * and kept. The key covers the whole article, so any edit draws it again.
 */
export async function cachedOgPng(
  article: Article,
  render: (article: Article) => Promise<Uint8Array<ArrayBuffer>> = renderOgPng,
  cacheDir: string = buildCacheDir(),
  appDir: string = process.cwd(),
): Promise<Uint8Array<ArrayBuffer>> {
  const cache = buildCache(cacheDir, "og");
  const key = digestOf([ogRendererDigest(appDir), JSON.stringify(article)]);
  const kept = cache.read(key);
  if (kept) return new Uint8Array(kept);
  const png = await render(article);
  cache.write(key, png);
  return png;
}
