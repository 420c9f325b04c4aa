import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { OgCard } from "../../../components/OgCard";
import { siteArticles } from "../../../lib/site-content";

export const dynamic = "force-static";
export const dynamicParams = false;

/** One `<slug>.png` per article, so hosts serve it as `image/png` by its extension. */
export async function generateStaticParams(): Promise<{ file: string }[]> {
  return (await siteArticles()).map((article) => ({ file: `${article.slug}.png` }));
}

function font(file: string): Promise<Buffer> {
  return readFile(path.join(process.cwd(), "assets", "fonts", file));
}

/** The article's 1200 × 630 social preview, drawn at build time with the fonts in the repo. */
export async function GET(_request: Request, context: RouteContext<"/og/[file]">) {
  const { file } = await context.params;
  const article = (await siteArticles()).find((candidate) => `${candidate.slug}.png` === file);
  if (!article) return new Response("Not found", { status: 404 });
  const [serifBold, sans] = await Promise.all([
    font("DejaVuSerif-Bold.ttf"),
    font("DejaVuSans.ttf"),
  ]);
  return new ImageResponse(<OgCard article={article} />, {
    width: 1200,
    height: 630,
    fonts: [
      { name: "DejaVu Serif", data: serifBold, weight: 700, style: "normal" },
      { name: "DejaVu Sans", data: sans, weight: 400, style: "normal" },
    ],
    headers: { "content-type": "image/png" },
  });
}
