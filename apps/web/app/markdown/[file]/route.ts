import { toMarkdown } from "@broadsheet/markdown";
import { findArticle, siteArticles } from "@/lib/site-content";

export const dynamic = "force-static";
export const dynamicParams = false;

/** One `<slug>.md` per article; the export step moves them to `/articles/<slug>.md`. */
export async function generateStaticParams(): Promise<{ file: string }[]> {
  return (await siteArticles()).map((article) => ({ file: `${article.slug}.md` }));
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
