import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestContext } from "vitest";

/** A platform's own Markdown renderer, run as the platform runs it. */
export type Platform = "cmark-gfm" | "redcarpet" | "kramdown" | "pandoc" | "goldmark" | "astro";

/** Each platform's renderer over a JSON list of Markdown documents, printing a JSON list of HTML. */
const RUBY: Record<
  "cmark-gfm" | "redcarpet" | "kramdown",
  { libraries: string[]; render: string }
> = {
  "cmark-gfm": {
    libraries: ["commonmarker"],
    render: `CommonMarker.render_html(markdown, :UNSAFE, %i[table strikethrough autolink tagfilter])`,
  },
  redcarpet: {
    libraries: ["redcarpet"],
    render: `Redcarpet::Markdown.new(Redcarpet::Render::HTML.new(hard_wrap: true, filter_html: false),
      autolink: true, no_intra_emphasis: true, fenced_code_blocks: true, lax_html_blocks: true,
      lax_spacing: true, strikethrough: true, superscript: false, tables: true, footnotes: true)
      .render(markdown)`,
  },
  kramdown: {
    libraries: ["kramdown", "kramdown-parser-gfm"],
    render: `Kramdown::Document.new(markdown, input: "GFM", hard_wrap: false).to_html`,
  },
};

function unavailable(context: TestContext, what: string, why: string): never {
  if (process.env.CI) throw new Error(`${what} is needed under CI (${why})`);
  context.skip(`${what} is not installed here (${why}): not checked against it`);
  throw new Error("unreachable");
}

/** Hugo's Goldmark with Hugo's defaults: one site, a page per document, built once. */
function goldmarkHtml(context: TestContext, markdowns: readonly string[]): string[] {
  const root = mkdtempSync(join(tmpdir(), "broadsheet-goldmark-"));
  try {
    mkdirSync(join(root, "layouts", "_default"), { recursive: true });
    mkdirSync(join(root, "content"));
    writeFileSync(join(root, "config.toml"), 'baseURL = "https://example.org/"\n');
    writeFileSync(join(root, "layouts", "_default", "single.html"), "{{ .Content }}");
    markdowns.forEach((markdown, index) => {
      writeFileSync(
        join(root, "content", `p${index}.md`),
        `---\ntitle: p${index}\n---\n${markdown}`,
      );
    });
    const run = spawnSync("hugo", ["--source", root, "--quiet"], { encoding: "utf8" });
    if (run.error !== undefined) unavailable(context, "hugo", run.error.message);
    if (run.status !== 0) throw new Error(`hugo failed: ${run.stderr}`);
    return markdowns.map((_, index) =>
      readFileSync(join(root, "public", `p${index}`, "index.html"), "utf8"),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * Astro's own Markdown processor (remark-gfm, remark-smartypants), from the astro the
 * conformance package installs.
 */
async function astroHtml(context: TestContext, markdowns: readonly string[]): Promise<string[]> {
  let processor: { render(markdown: string): Promise<{ code: string }> };
  try {
    const conformance = createRequire(
      new URL("../../../conformance/package.json", import.meta.url),
    );
    const astro = createRequire(conformance.resolve("astro/package.json"));
    const remark = await import(astro.resolve("@astrojs/markdown-remark"));
    processor = await remark.createMarkdownProcessor({});
  } catch (error) {
    unavailable(context, "astro (packages/conformance)", String(error));
  }
  return Promise.all(markdowns.map(async (markdown) => (await processor.render(markdown)).code));
}

/**
 * The HTML the platform's renderer makes of each Markdown document (cmark-gfm with GitHub's
 * extensions, Redcarpet with Forem's options, kramdown's GFM parser, pandoc's gfm reader, Hugo's
 * Goldmark, Astro's remark). Skips the test, with a message, where the tool is missing; under CI
 * that fails it instead.
 */
export async function platformHtml(
  context: TestContext,
  platform: Platform,
  markdowns: readonly string[],
): Promise<string[]> {
  if (platform === "goldmark") return goldmarkHtml(context, markdowns);
  if (platform === "astro") return astroHtml(context, markdowns);
  if (platform === "pandoc") {
    return markdowns.map((markdown) => {
      const run = spawnSync("pandoc", ["-f", "gfm", "-t", "html"], {
        input: markdown,
        encoding: "utf8",
      });
      if (run.error !== undefined) unavailable(context, "pandoc", run.error.message);
      if (run.status !== 0) throw new Error(`pandoc failed: ${run.stderr}`);
      return run.stdout;
    });
  }
  const { libraries, render } = RUBY[platform];
  const requires = libraries.flatMap((library) => ["-r", library]);
  const probe = spawnSync("ruby", [...requires, "-e", ""], { encoding: "utf8" });
  if (probe.error !== undefined || probe.status !== 0) {
    unavailable(context, `ruby with ${libraries.join(", ")}`, probe.error?.message ?? probe.stderr);
  }
  const script = `require "json"; puts JSON.generate(JSON.parse(STDIN.read).map { |markdown| ${render} })`;
  const run = spawnSync("ruby", ["-EUTF-8:UTF-8", ...requires, "-e", script], {
    input: JSON.stringify(markdowns),
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (run.status !== 0) throw new Error(`ruby failed: ${run.error?.message ?? run.stderr}`);
  return JSON.parse(run.stdout) as string[];
}

/** The text of HTML as a reader sees it: tags and comments out, character references decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->|<[^>]*>/g, "")
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(
      /&(lt|gt|quot|amp);/g,
      (_, name: string) => ({ lt: "<", gt: ">", quot: '"', amp: "&" })[name] ?? "",
    )
    .trim();
}
