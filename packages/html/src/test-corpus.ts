import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The saved pages of Mozilla Readability's test corpus, read where they lie in ../shared. */
export const HTML_CORPUS = fileURLToPath(
  new URL("../../../../shared/corpora/html", import.meta.url),
);

/** One saved page: its source, the text Readability extracts from it, and its title. */
export interface CorpusPage {
  name: string;
  source: string;
  expectedHtml: string;
  expectedTitle: string | null;
}

/** The corpus's pages in name order, or none when the corpus is not there. */
export function corpusPages(): CorpusPage[] {
  if (!existsSync(HTML_CORPUS)) return [];
  return readdirSync(HTML_CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const read = (file: string) => readFileSync(join(HTML_CORPUS, name, file), "utf8");
      const metadata = JSON.parse(read("expected-metadata.json")) as { title?: string | null };
      return {
        name,
        source: read("source.html"),
        expectedHtml: read("expected.html"),
        expectedTitle: metadata.title ?? null,
      };
    });
}
