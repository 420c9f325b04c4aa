import { articlesToRender } from "@/lib/article-outputs";
import { cachedOgPng } from "@/lib/og/cached-og-image";
import { findArticle } from "@/lib/site-content";

export const dynamic = "force-static";
export const dynamicParams = false;

/** A `<slug>.png` per article this build renders (named so hosts serve it as `image/png`); the export step copies the others from the build cache. */
export async function generateStaticParams(): Promise<{ file: string }[]> {
  return (await articlesToRender()).map((article) => ({ file: `${article.slug}.png` }));
}

/**
 * The article's 1200 × 630 social preview, drawn at build time from files in the repository, or
 * taken from the build cache when the same article was drawn by the same renderer before.
 */
export async function GET(_request: Request, context: RouteContext<"/og/[file]">) {
  const { file } = await context.params;
  const article = file.endsWith(".png")
    ? await findArticle(file.slice(0, -".png".length))
    : undefined;
  if (!article) return new Response("Not found", { status: 404 });
  return new Response(await cachedOgPng(article), { headers: { "content-type": "image/png" } });
}
