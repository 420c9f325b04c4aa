import { toMarkdown } from "@broadsheet/markdown";
import { articlesToRender } from "@/lib/article-outputs";
import { findArticle } from "@/lib/site-content";

export const dynamic = "force-static";
export const dynamicParams = false;

/** A `<slug>.md` per article this build renders; the export step moves them to `/articles/<slug>.md` and copies the others from the build cache. */
export async function generateStaticParams(): Promise<{ file: string }[]> {
  return (await articlesToRender()).map((article) => ({ file: `${article.slug}.md` }));
}

/** The article in the exporter's canonical `broadsheet` Markdown profile. */
export async function GET(_request: Request, context: RouteContext<"/markdown/[file]">) {
  const { file } = await context.params;
  const article = file.endsWith(".md")
    ? await findArticle(file.slice(0, -".md".length))
    : undefined;
  if (!article) return new Response("Not found", { status: 404 });
  return new Response(toMarkdown(article, { profile: "broadsheet" }), {
    headers: { "content-type": "text/markdown; charset=utf-8" },
  });
}
