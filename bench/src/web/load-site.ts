import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WEB_APP } from "./paths.js";

/** A paragraph of newspaper-like text, repeated to give pages a realistic size. */
const PARAGRAPH =
  "<p>The council voted on Tuesday to extend the riverside path by two kilometres, " +
  "after a consultation in which most residents asked for more shade and fewer cars.</p>\n";

function generate(root: string): void {
  mkdirSync(join(root, "articles"), { recursive: true });
  const page = (title: string) =>
    `<!doctype html><html lang="en"><title>${title}</title><h1>${title}</h1>\n${PARAGRAPH.repeat(60)}</html>\n`;
  writeFileSync(join(root, "index.html"), page("Front page"));
  writeFileSync(join(root, "404.html"), page("Page not found"));
  for (let index = 0; index < 20; index++)
    writeFileSync(join(root, "articles", `article-${index}.html`), page(`Article ${index}`));
}

/**
 * A site folder for a load test that nothing else rewrites while it runs: a copy of the web
 * app's build (`apps/web/out`) when there is one, else a small generated folder of HTML pages.
 */
export function loadSite(): { root: string; source: string } {
  const root = mkdtempSync(join(tmpdir(), "broadsheet-serve-load-"));
  const out = join(WEB_APP, "out");
  if (existsSync(join(out, "index.html"))) {
    cpSync(out, root, { recursive: true });
    return { root, source: "a copy of apps/web/out" };
  }
  generate(root);
  return { root, source: "a generated folder of 22 HTML pages (apps/web/out is not built)" };
}
