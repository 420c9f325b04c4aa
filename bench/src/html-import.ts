import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { htmlToArticle } from "@broadsheet/html";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { measure } from "./measure.js";
import { formatNumber, printTable } from "./print-table.js";

const CORPUS = new URL("../../../shared/corpora/html/", import.meta.url);
const PAGE_URL = "http://fakehost/test/page.html";

/** Pages of Readability's test corpus from small to the largest. */
const PAGES = ["001", "medium-1", "nytimes-3", "theverge", "wikipedia", "yahoo-2", "wikipedia-2"];

/** Readability alone, as a page's main text is usually taken: parse, extract, serialize. */
function readabilityAlone(html: string): unknown {
  const { document } = parseHTML(html);
  return new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
  ).parse()?.content;
}

/**
 * A saved page imported as an article: `htmlToArticle` (linkedom's parse, Readability's
 * extraction, the limits' scan, metadata and the conversion to blocks) beside Readability alone
 * on the same DOM library, the least a page's main text costs. The ratio is ours over that floor.
 */
export async function htmlImport(): Promise<void> {
  const rows: string[][] = [];
  for (const name of PAGES) {
    const path = new URL(`${name}/source.html`, CORPUS);
    if (!existsSync(path)) {
      console.warn(`skipped ${name}: no corpus at ${CORPUS.pathname}`);
      continue;
    }
    const html = readFileSync(path, "utf8");
    const imported = htmlToArticle(html, { url: PAGE_URL });
    if (!imported.ok) throw new Error(`${name}: ${imported.error.message}`);
    const bytes = Buffer.byteLength(html);
    const [ours, floor] = await measure([
      { name: "htmlToArticle", bytes, run: () => htmlToArticle(html, { url: PAGE_URL }) },
      { name: "Readability", bytes, run: () => readabilityAlone(html) },
    ]);
    if (ours === undefined || floor === undefined) throw new Error(`${name}: not measured`);
    rows.push([
      name,
      `${formatNumber(bytes / 1e3)} KB`,
      String(imported.article.body.length),
      formatNumber(ours.msPerRun),
      formatNumber(floor.msPerRun),
      `${(ours.msPerRun / floor.msPerRun).toFixed(2)}×`,
    ]);
  }
  printTable(
    "HTML import: htmlToArticle beside Readability 0.6.0 alone on linkedom (mean ms per page, one run)",
    ["page", "size", "blocks", "htmlToArticle ms", "Readability ms", "ours / Readability"],
    rows,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await htmlImport();
}
