import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { buildBatch } from "./build-batch.js";
import { MARKERS, readMarkedPage } from "./page-markers.js";
import type { ExportedFile, Platform, RenderedPage } from "./platform.js";
import { runChecked, whichCommand } from "./run-command.js";
import { filesUnder, makeSiteDir, removeSiteDir, writeSiteFiles } from "./temp-site.js";

const CONFIG = `title: Conformance
markdown: kramdown
kramdown:
  input: GFM
future: true
unpublished: true
permalink: /:year/:month/:day/:title/
`;

const INSTANT = '"%Y-%m-%dT%H:%M:%S%:z"';

function instant(field: string): string {
  return `{% if ${field} %}{{ ${field} | date: ${INSTANT} | jsonify }}{% else %}null{% endif %}`;
}

/** What jekyll-seo-tag and a theme read from a post. */
const LAYOUT = `${MARKERS.frontStart}{
"source": {{ page.path | jsonify }},
"title": {{ page.title | jsonify }},
"date": ${instant("page.date")},
"modified": ${instant("page.last_modified_at")},
"description": {{ page.description | jsonify }},
"tags": {{ page.tags | jsonify }},
"categories": {{ page.categories | jsonify }},
"author": {{ page.author | jsonify }},
"canonicalUrl": {{ page.canonical_url | jsonify }},
"image": {{ page.image | jsonify }}
}${MARKERS.frontEnd}
${MARKERS.contentStart}{{ content }}${MARKERS.contentEnd}
`;

async function build(files: readonly ExportedFile[]): Promise<Map<string, RenderedPage>> {
  const root = await makeSiteDir("jekyll");
  try {
    const site: Record<string, string> = {
      "_config.yml": CONFIG,
      "_layouts/post.html": LAYOUT,
      "_layouts/default.html": LAYOUT,
    };
    for (const file of files) site[`_posts/${file.name}`] = file.markdown;
    await writeSiteFiles(root, site);
    await runChecked(
      "jekyll",
      ["build", "--quiet", "--source", root, "--destination", join(root, "_site")],
      { env: { ...process.env, JEKYLL_ENV: "production" } },
    );
    const pages = new Map<string, RenderedPage>();
    for (const path of await filesUnder(join(root, "_site"), ".html")) {
      const marked = readMarkedPage(await readFile(path, "utf8"), path);
      pages.set(marked.source.replace(/^_posts\//, ""), marked.page);
    }
    return pages;
  } finally {
    await removeSiteDir(root);
  }
}

/** Jekyll with kramdown's GFM parser (its default), Debian's build: one post per file. */
export const jekyllPlatform: Platform = {
  name: "jekyll",
  async describe() {
    const jekyll = (await runChecked("jekyll", ["--version"])).trim();
    const kramdown = (
      await runChecked("ruby", ["-rkramdown", "-e", "print Kramdown::VERSION"])
    ).trim();
    return `${jekyll}, kramdown ${kramdown}`;
  },
  async unavailable() {
    return (await whichCommand("jekyll"))
      ? undefined
      : "jekyll is not installed (apt-get install jekyll ruby-kramdown-parser-gfm)";
  },
  render: (files) => buildBatch(files, build),
};
