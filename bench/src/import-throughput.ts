import { parseArticle } from "@broadsheet/article";
import { fromMarkdown } from "@broadsheet/markdown";
import { fromWireText } from "@broadsheet/wire";
import { marked } from "marked";
import { sampleMarkdown, sampleWireText } from "./fixtures.js";
import { measure } from "./measure.js";
import { formatNumber, printTable } from "./print-table.js";

/** Import + validate throughput for wire text and Markdown, beside the floors it is built on. */
export async function importThroughput(): Promise<void> {
  const wire = sampleWireText();
  const markdown = sampleMarkdown();
  const parsed = fromMarkdown(markdown);
  if (!parsed.ok) throw new Error("the sample Markdown does not parse");
  const json = JSON.stringify(parsed.article);
  const size = (text: string) => Buffer.byteLength(text);

  const results = await measure([
    {
      name: "JSON.parse + parseArticle (floor)",
      bytes: size(json),
      run: () => parseArticle(JSON.parse(json)),
    },
    {
      name: "fromWireText (import + validate)",
      bytes: size(wire),
      run: () => parseArticle(fromWireText(wire)),
    },
    {
      name: "marked.lexer alone (floor)",
      bytes: size(markdown),
      run: () => marked.lexer(markdown),
    },
    {
      name: "fromMarkdown (import + validate)",
      bytes: size(markdown),
      run: () => fromMarkdown(markdown),
    },
  ]);
  const floorOf = (name: string) =>
    results.find((result) => result.name.startsWith(name))?.msPerRun ?? 1;
  printTable(
    "Import + validate, sample article (one run, same process)",
    ["task", "articles/s", "MB/s", "µs/article", "× its floor"],
    results.map((result) => {
      const floor =
        result.name.includes("Markdown") || result.name.includes("marked")
          ? floorOf("marked.lexer")
          : floorOf("JSON.parse");
      return [
        result.name,
        formatNumber(1000 / result.msPerRun),
        formatNumber(result.bytes / 1e6 / (result.msPerRun / 1000)),
        formatNumber(result.msPerRun * 1000),
        `${(result.msPerRun / floor).toFixed(2)}×`,
      ];
    }),
  );
}
