import { readFile, symlink } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildBatch } from "./build-batch.js";
import { baseName, MARKERS, readMarkedPage } from "./page-markers.js";
import type { ExportedFile, Platform, RenderedPage } from "./platform.js";
import { runChecked } from "./run-command.js";
import { filesUnder, makeSiteDir, removeSiteDir, writeSiteFiles } from "./temp-site.js";

const CONFIG = `export default { compressHTML: false, site: "https://example.org" };
`;

/** The collection of Astro's blog starter, `heroImage` left out (see the astro profile). */
const CONTENT_CONFIG = `import { defineCollection, z } from "astro:content";
import { glob } from "astro/loaders";

const blog = defineCollection({
  loader: glob({ base: "./src/content/blog", pattern: "**/*.md" }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    pubDate: z.coerce.date(),
    updatedDate: z.coerce.date().optional(),
  }),
});

export const collections = { blog };
`;

const PAGE = `---
import { getCollection, render } from "astro:content";
export async function getStaticPaths() {
  const posts = await getCollection("blog");
  return posts.map((post) => ({ params: { slug: post.id }, props: { post } }));
}
const { post } = Astro.props;
const { Content } = await render(post);
const front = JSON.stringify({
  source: post.filePath,
  title: post.data.title,
  description: post.data.description,
  date: post.data.pubDate?.toISOString() ?? null,
  modified: post.data.updatedDate?.toISOString() ?? null,
  slug: post.id,
});
const head = ${JSON.stringify(MARKERS.frontStart)} + front + ${JSON.stringify(`${MARKERS.frontEnd}\n${MARKERS.contentStart}`)};
---
<Fragment set:html={head} /><Content /><Fragment set:html={${JSON.stringify(MARKERS.contentEnd)}} />
`;

const BUILD = `const { build } = await import("astro");
await build({ root: process.cwd(), logLevel: "error" });
`;

const packageRoot = fileURLToPath(new URL("../..", import.meta.url));

async function build(files: readonly ExportedFile[]): Promise<Map<string, RenderedPage>> {
  const root = await makeSiteDir("astro");
  try {
    const site: Record<string, string> = {
      "astro.config.mjs": CONFIG,
      "package.json": '{ "type": "module", "private": true }\n',
      "src/content.config.ts": CONTENT_CONFIG,
      "src/pages/[...slug].astro": PAGE,
    };
    for (const file of files) site[`src/content/blog/${file.name}`] = file.markdown;
    await writeSiteFiles(root, site);
    await symlink(join(packageRoot, "node_modules"), join(root, "node_modules"));
    await runChecked(process.execPath, ["--input-type=module", "-e", BUILD], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
      timeout: 240_000,
    });
    const pages = new Map<string, RenderedPage>();
    for (const path of await filesUnder(join(root, "dist"), ".html")) {
      const marked = readMarkedPage(await readFile(path, "utf8"), path);
      pages.set(baseName(marked.source), marked.page);
    }
    return pages;
  } finally {
    await removeSiteDir(root);
  }
}

function astroVersion(): string {
  const require = createRequire(import.meta.url);
  return (require("astro/package.json") as { version: string }).version;
}

/** Astro (remark, remark-gfm, SmartyPants): a content collection over the files, one build. */
export const astroPlatform: Platform = {
  name: "astro",
  describe: async () => `Astro ${astroVersion()} (remark-gfm, glob loader)`,
  unavailable: async () => undefined,
  render: (files) => buildBatch(files, build),
};
