import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { buildBatch } from "./build-batch.js";
import { MARKERS, readMarkedPage } from "./page-markers.js";
import type { ExportedFile, Platform, RenderedPage } from "./platform.js";
import { runChecked, whichCommand } from "./run-command.js";
import { filesUnder, makeSiteDir, removeSiteDir, writeSiteFiles } from "./temp-site.js";

const CONFIG = `baseURL = "https://example.org/"
title = "Conformance"
buildFuture = true
buildDrafts = true
buildExpired = true
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "home", "section"]
`;

const RFC3339 = "2006-01-02T15:04:05Z07:00";

/** What a theme reads: the page's own fields and the custom ones at the top of `.Params`. */
const SINGLE = `${MARKERS.frontStart}{{ jsonify (dict
  "source" .File.Path
  "title" .Title
  "date" (cond .Date.IsZero "" (.Date.Format "${RFC3339}"))
  "modified" (cond .Lastmod.IsZero "" (.Lastmod.Format "${RFC3339}"))
  "description" .Description
  "tags" .Params.tags
  "categories" .Params.categories
  "author" .Params.author
  "canonicalUrl" .Params.canonicalURL
  "image" (index (.Params.images | default (slice "")) 0)
  "slug" .Slug
) }}${MARKERS.frontEnd}
${MARKERS.contentStart}{{ .Content }}${MARKERS.contentEnd}
`;

async function build(files: readonly ExportedFile[]): Promise<Map<string, RenderedPage>> {
  const root = await makeSiteDir("hugo");
  try {
    const site: Record<string, string> = {
      "config.toml": CONFIG,
      "layouts/_default/single.html": SINGLE,
    };
    for (const file of files) site[`content/posts/${file.name}`] = file.markdown;
    await writeSiteFiles(root, site);
    await runChecked("hugo", ["--quiet", "--source", root, "--destination", join(root, "public")]);
    const pages = new Map<string, RenderedPage>();
    for (const path of await filesUnder(join(root, "public"), ".html")) {
      const marked = readMarkedPage(await readFile(path, "utf8"), path);
      pages.set(marked.source.replace(/^posts\//, ""), marked.page);
    }
    return pages;
  } finally {
    await removeSiteDir(root);
  }
}

/** Hugo (Goldmark), Debian's build: a minimal site whose single-page layout prints what it read. */
export const hugoPlatform: Platform = {
  name: "hugo",
  async describe() {
    const version = await runChecked("hugo", ["version"]);
    return version.trim().split(" ").slice(0, 2).join(" ");
  },
  async unavailable() {
    return (await whichCommand("hugo"))
      ? undefined
      : "hugo is not installed (apt-get install hugo)";
  },
  render: (files) => buildBatch(files, build),
};
