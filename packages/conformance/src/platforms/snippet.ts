import type { ExportedFile } from "./platform.js";

const ALIASES: Readonly<Record<string, string>> = {
  goldmark: "hugo",
  kramdown: "jekyll",
  "markdown-it": "eleventy-liquid",
  eleventy: "eleventy-liquid",
  liquid: "eleventy-liquid",
  nunjucks: "eleventy-nunjucks",
  njk: "eleventy-nunjucks",
  remark: "astro",
  devto: "redcarpet",
  forem: "redcarpet",
  github: "cmark-gfm",
  cmark: "cmark-gfm",
  commonmarker: "cmark-gfm",
};

/** The platform's own name for a parser or site name (`kramdown` → `jekyll`). */
export function platformAlias(name: string): string {
  return ALIASES[name] ?? name;
}

const FRONT: Readonly<Record<string, string>> = {
  hugo: "title: Snippet\n",
  jekyll: "layout: post\ntitle: Snippet\n",
  astro: "title: Snippet\ndescription: Snippet\npubDate: 2025-01-01T00:00:00Z\n",
};

/**
 * A Markdown snippet as a file the platform builds: the front matter it needs added when the
 * snippet has none, and a dated name for a Jekyll post.
 */
export function snippetFile(platform: string, name: string, markdown: string): ExportedFile {
  const front = FRONT[platform];
  const text =
    front !== undefined && !markdown.startsWith("---\n")
      ? `---\n${front}---\n\n${markdown}`
      : markdown;
  const base = name.endsWith(".md") ? name : `${name}.md`;
  return { name: platform === "jekyll" ? `2025-01-01-${base}` : base, markdown: text };
}
