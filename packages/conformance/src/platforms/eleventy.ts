import { join } from "node:path";
import { Eleventy } from "@11ty/eleventy";
import { buildBatch } from "./build-batch.js";
import { baseName, MARKERS, readMarkedPage } from "./page-markers.js";
import type { ExportedFile, Platform, RenderedPage } from "./platform.js";
import { makeSiteDir, removeSiteDir, writeSiteFiles } from "./temp-site.js";

/** The template engine Eleventy runs over Markdown before markdown-it. */
export type EleventyEngine = "liquid" | "njk";

/** A layout printing what Eleventy read: the data cascade's fields and the page's date. */
const LAYOUT = `export default {
  render(data) {
    const date = data.page.date instanceof Date ? data.page.date.toISOString() : null;
    const front = {
      source: data.page.inputPath,
      title: data.title ?? null,
      description: data.description ?? null,
      date,
      tags: data.tags ?? null,
    };
    return ${JSON.stringify(MARKERS.frontStart)} + JSON.stringify(front) + ${JSON.stringify(MARKERS.frontEnd)}
      + "\\n" + ${JSON.stringify(MARKERS.contentStart)} + data.content + ${JSON.stringify(MARKERS.contentEnd)};
  },
};
`;

function configFile(engine: EleventyEngine): string {
  return `export const config = { markdownTemplateEngine: "${engine}", htmlTemplateEngine: "${engine}" };
export default function (eleventyConfig) {
  eleventyConfig.addGlobalData("layout", "page.11ty.js");
}
`;
}

function buildWith(engine: EleventyEngine) {
  return async (files: readonly ExportedFile[]): Promise<Map<string, RenderedPage>> => {
    const root = await makeSiteDir(`eleventy-${engine}`);
    try {
      const input = join(root, "src");
      const site: Record<string, string> = {
        "eleventy.config.js": configFile(engine),
        "src/_includes/page.11ty.js": LAYOUT,
      };
      for (const file of files) site[`src/posts/${file.name}`] = file.markdown;
      await writeSiteFiles(root, site);
      const eleventy = new Eleventy(input, join(root, "_site"), {
        quietMode: true,
        configPath: join(root, "eleventy.config.js"),
      });
      const pages = new Map<string, RenderedPage>();
      for (const entry of await eleventy.toJSON()) {
        const marked = readMarkedPage(entry.content, entry.inputPath);
        pages.set(baseName(marked.source), marked.page);
      }
      return pages;
    } finally {
      await removeSiteDir(root);
    }
  };
}

/** Eleventy (markdown-it) with Liquid or Nunjucks as the Markdown template engine. */
export function eleventyPlatform(engine: EleventyEngine): Platform {
  const engineName = engine === "njk" ? "Nunjucks" : "Liquid";
  return {
    name: `eleventy-${engine === "njk" ? "nunjucks" : "liquid"}`,
    describe: async () => `Eleventy ${Eleventy.getVersion()} (markdown-it, ${engineName})`,
    unavailable: async () => undefined,
    render: (files) => buildBatch(files, buildWith(engine)),
  };
}
