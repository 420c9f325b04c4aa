import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { OgCard } from "../../../components/OgCard";
import { findArticle, siteArticles } from "../../../lib/site-content";

export const dynamic = "force-static";
export const dynamicParams = false;

/** One `<slug>.png` per article, so hosts serve it as `image/png` by its extension. */
export async function generateStaticParams(): Promise<{ file: string }[]> {
  return (await siteArticles()).map((article) => ({ file: `${article.slug}.png` }));
}

function font(file: string): Promise<Buffer> {
  return readFile(path.join(process.cwd(), "assets", "fonts", file));
}

async function loadFonts() {
  const [serifBold, sans] = await Promise.all([
    font("DejaVuSerif-Bold.ttf"),
    font("DejaVuSans.ttf"),
  ]);
  return [
    { name: "DejaVu Serif", data: serifBold, weight: 700 as const, style: "normal" as const },
    { name: "DejaVu Sans", data: sans, weight: 400 as const, style: "normal" as const },
  ];
}

let fonts: ReturnType<typeof loadFonts> | undefined;

/**
 * The article's 1200 × 630 social preview, drawn at build time with the fonts in the repo (read
 * once per process: `next/og` parses a font once per buffer it is given).
 */
export async function GET(_request: Request, context: RouteContext<"/og/[file]">) {
  const { file } = await context.params;
  const article = file.endsWith(".png")
    ? await findArticle(file.slice(0, -".png".length))
    : undefined;
  if (!article) return new Response("Not found", { status: 404 });
  fonts ??= loadFonts();
  return new ImageResponse(<OgCard article={article} />, {
    width: 1200,
    height: 630,
    fonts: await fonts,
    headers: { "content-type": "image/png" },
  });
}
