import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFile, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Article } from "@broadsheet/article";
import { everyBlockArticle } from "@broadsheet/article/testing";
import { loadContent } from "@broadsheet/content";
import { layoutArticle, renderPlainText } from "@broadsheet/reader";
import { describe, expect, it } from "vitest";
import { BIN, type RunResult, run, tempDir } from "../test-binary.js";

/**
 * The built command (`dist/`, made by the global setup) against the sources the other tests run:
 * the bundle must run the same code (dependencies as installed, with their pnpm patches) and
 * start from V8's code cache written for it.
 */

const DIST = dirname(BIN);
const CONTENT = join(dirname(BIN), "..", "..", "..", "content");
const WIDTH = 72;
const CACHE_PREFIX = "broadsheet-code-cache-";

async function packageVersion(): Promise<string> {
  return JSON.parse(await readFile(join(DIST, "..", "package.json"), "utf8")).version;
}

/** Runs a copy of the built launcher, reporting whether V8 took its code cache. */
function runWith(launcher: string, args: readonly string[]): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [launcher, ...args],
      { env: { PATH: process.env.PATH ?? "", BROADSHEET_REPORT_CODE_CACHE: "1" } },
      (error, stdout, stderr) => resolve({ code: error ? 1 : 0, stdout, stderr }),
    );
  });
}

/** What `broadsheet read FILE --width 72 | cat` must print: the reader library's plain text. */
function expectedPlainText(article: Article): string {
  return `${renderPlainText(layoutArticle(article, { width: WIDTH, hyperlinks: false })).join("\n")}\n`;
}

/** Every block and mark, with text of every width class: accents, CJK, emoji, combining marks. */
function wideTextArticle(): Article {
  const article = everyBlockArticle();
  const text = "Café Zürich 東京 한국어 👩‍👩‍👧 e\u0301 — “quoted” ½ km² ١٢٣";
  return { ...article, body: [...article.body, { type: "paragraph", content: [{ text }] }] };
}

describe("the built command", () => {
  it("prints every article of content/ exactly as the reader library lays it out", async () => {
    const content = await loadContent(CONTENT);
    expect(content.errors).toEqual([]);
    expect(content.articles.length).toBeGreaterThan(3);
    for (const { article, file } of content.articles) {
      const result = await run(["read", file, "--width", String(WIDTH)]);
      expect(result.stderr, file).toBe("");
      expect(result.code, file).toBe(0);
      expect(result.stdout, file).toBe(expectedPlainText(article));
    }
  });

  it("measures text of every width class as the reader library does", async () => {
    const dir = await tempDir();
    const article = wideTextArticle();
    const file = join(dir, "wide.json");
    await writeFile(file, JSON.stringify(article));
    const result = await run(["read", file, "--width", String(WIDTH)]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(expectedPlainText(article));
    expect(result.stdout).toContain("東京");
  });

  it("holds the bundle's source as ASCII, one byte per character", async () => {
    const bytes = await readFile(join(DIST, "broadsheet.cjs"));
    expect(bytes.findIndex((byte) => byte > 0x7f)).toBe(-1);
  });

  it("starts from V8's code cache, named after the bundle it was written for", async () => {
    const bundle = await readFile(join(DIST, "broadsheet.cjs"));
    const hash = createHash("sha256").update(bundle).digest("hex").slice(0, 16);
    const caches = (await readdir(DIST)).filter((name) => name.startsWith(CACHE_PREFIX));
    expect(caches).toEqual([`${CACHE_PREFIX}${hash}`]);
    const result = await run(["--help"], { env: { BROADSHEET_REPORT_CODE_CACHE: "1" } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("broadsheet: code cache used\n");
  });

  it("compiles the bundle as usual when its code cache does not fit", async () => {
    const dir = await tempDir();
    const cache = (await readdir(DIST)).find((name) => name.startsWith(CACHE_PREFIX)) as string;
    for (const name of ["broadsheet.js", "broadsheet.cjs", cache]) {
      await copyFile(join(DIST, name), join(dir, name));
    }
    await writeFile(join(dir, cache), Buffer.alloc(4096, 7));
    const result = await runWith(join(dir, "broadsheet.js"), ["--version"]);
    expect(result.stderr).toBe("broadsheet: code cache rejected\n");
    expect(result.stdout).toBe(`${await packageVersion()}\n`);
  });
});
