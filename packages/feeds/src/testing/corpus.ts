import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The shared corpus of real feeds, beside the repository: never copied into it. */
export const CORPUS_DIR = fileURLToPath(
  new URL("../../../../../shared/corpora/feeds/", import.meta.url),
);

/** One row of the corpus's SOURCES.md table. */
export interface CorpusEntry {
  file: string;
  format: string;
  encoding: string;
  items: number;
  expect: "import" | "either";
}

/** The rows of SOURCES.md, or undefined when the corpus is not beside the repository. */
export function readCorpusTable(): CorpusEntry[] | undefined {
  const sources = `${CORPUS_DIR}SOURCES.md`;
  if (!existsSync(sources)) return undefined;
  return readFileSync(sources, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => {
      const cells = line.split("|").map((cell) => cell.trim());
      const [, file, , , format, encoding, items, expect] = cells;
      if (expect !== "import" && expect !== "either") {
        throw new Error(`SOURCES.md: ${file}: expect is "${expect}"`);
      }
      return {
        file: (file ?? "").replaceAll("`", ""),
        format: format ?? "",
        encoding: encoding ?? "",
        items: Number(items),
        expect,
      };
    });
}
