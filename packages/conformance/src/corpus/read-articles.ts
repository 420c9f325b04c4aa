import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "@broadsheet/article";
import { fromMarkdown } from "@broadsheet/markdown";

/** An article and the file it was read from. */
export interface SourcedArticle {
  path: string;
  article: Article;
}

/** The folders the suite reads: the bundled articles and the hostile corpus. */
export const CORPORA = {
  content: fileURLToPath(new URL("../../../../content", import.meta.url)),
  hostile: fileURLToPath(new URL("../../corpus", import.meta.url)),
} as const;

/** The name of a corpus folder. */
export type CorpusName = keyof typeof CORPORA;

/**
 * Reads every `.md` file of a folder with fromMarkdown, in name order; a file that does not
 * read is an error naming the file, line and message.
 */
export async function readArticles(folder: string): Promise<SourcedArticle[]> {
  const names = (await readdir(folder)).filter((name) => name.endsWith(".md")).sort();
  const out: SourcedArticle[] = [];
  for (const name of names) {
    const path = join(folder, name);
    const result = fromMarkdown(await readFile(path, "utf8"));
    if (!result.ok) {
      const errors = result.errors.map((error) => `${path}:${error.line}: ${error.message}`);
      throw new Error(`not a valid article:\n${errors.join("\n")}`);
    }
    out.push({ path, article: result.article });
  }
  return out;
}
