import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { bodyText } from "@broadsheet/article";
import { decodeDocument, htmlToText, parseFeed } from "@broadsheet/feeds";
import { CORPUS_DIR, readCorpusTable } from "@broadsheet/feeds/testing";
import { fromMarkdown } from "@broadsheet/markdown";
import { describe, expect, it } from "vitest";
import { runCli } from "../run-cli.js";
import { filesIn, tempDir } from "../test-binary.js";
import { captureIo } from "../test-io.js";

const table = readCorpusTable();
if (table === undefined) {
  const message = `the feed corpus is not at ${CORPUS_DIR} (shared/ beside the repository)`;
  if (process.env.CI) throw new Error(message);
  console.warn(`skipped: ${message}`);
}

/** Signs of text decoded in the wrong encoding, or of feed markup left in an article. */
const NOT_INTACT = /\ufffd|Ã[\u0080-\u00bf]|<!\[CDATA\[|<\/?(?:item|entry|description|content)\b/;

/** Letters and digits only, lower-cased: what must survive from a feed's text to the article's. */
function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

async function importCorpusFile(file: string) {
  const dir = await tempDir();
  const captured = captureIo();
  const code = await runCli(["import", join(CORPUS_DIR, file), "--out", dir], captured.io);
  return { code, dir, out: captured.out, err: captured.err };
}

describe.skipIf(table === undefined)(
  "broadsheet import of real feeds (shared/corpora/feeds)",
  () => {
    it.each(table ?? [])("$file ($expect)", { timeout: 120_000 }, async (entry) => {
      const result = await importCorpusFile(entry.file);
      expect(result.err).not.toMatch(/^\s+at /m);
      if (entry.expect === "either" && result.code !== 0) {
        const failures = result.err.split("\n").filter((line) => line.startsWith("broadsheet: "));
        expect(failures, result.err).toHaveLength(1);
        expect(await filesIn(result.dir)).toEqual([]);
        return;
      }
      expect(result.code, result.err).toBe(0);
      const feed = parseFeed(decodeDocument(await readFile(join(CORPUS_DIR, entry.file))).text);
      const written = result.out
        .split("\n")
        .filter(Boolean)
        .map((line) => line.replace(/^wrote /, ""));
      expect(written).toHaveLength(feed.items.length);
      if (entry.expect === "import") expect(written).toHaveLength(entry.items);
      for (const [index, item] of feed.items.entries()) {
        const markdown = await readFile(written[index] as string, "utf8");
        const read = fromMarkdown(markdown);
        if (!read.ok) throw new Error(`${written[index]}: ${JSON.stringify(read.errors)}`);
        const { article } = read;
        expect(article.headline, written[index]).toBe(item.title);
        const text = bodyText(article);
        expect(`${article.headline}\n${text}`).not.toMatch(NOT_INTACT);
        const html = item.contentHtml ?? item.summaryHtml;
        const start = letters(html === undefined ? "" : htmlToText(html)).slice(0, 80);
        expect(letters(text), `${written[index]}: the text of item ${item.position}`).toContain(
          start,
        );
      }
    });
  },
);
