import { stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import type { Article } from "@broadsheet/article";
import { compareOrderKeys } from "../compare-articles.js";
import type { ContentError } from "../content-error.js";
import { expandArticlePaths } from "../expand-article-paths.js";
import { loadArticleFile } from "../load-article-file.js";
import { rejectDuplicates } from "../reject-duplicates.js";
import { ContentIndex, type IndexedFile, type IndexOptions } from "./content-index.js";

/** A valid article as listed by {@link indexArticles}: what identifies and orders it. */
export type IndexedArticle = Extract<IndexedFile, { ok: true }>;

/** Articles named by a command line, checked through the content folders' indexes. */
export interface IndexedContent {
  /** Every article file read, valid or not, in the order named. */
  files: string[];
  /** Every problem, in file order, as `loadArticles` reports them. */
  errors: ContentError[];
  /** The problems with the paths themselves (missing, not an article file), as `expandArticlePaths` reports them. */
  pathErrors: ContentError[];
  /** What the index knows of one file read (valid or not, duplicates not checked). */
  entry(file: string): IndexedFile | undefined;
  /** The index of the folder a file is in, when the folder was named and so read through it. */
  indexOf(file: string): ContentIndex | undefined;
  /** The index of a folder that was named. */
  folderIndex(dir: string): ContentIndex | undefined;
  /** Valid articles (duplicates left out), newest first as `compareArticles` orders them. */
  articles: IndexedArticle[];
  /** The validated article of a file listed in `articles`. */
  article(file: string): Article;
  /** How many files were parsed (new or changed) and only re-hashed. */
  work: { parsed: number; rehashed: number };
  /** Closes the indexes. */
  close(): void;
}

async function folderTargets(paths: readonly string[]): Promise<Map<string, string>> {
  const folders = new Map<string, string>();
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) folders.set(resolve(path), path);
  }
  return folders;
}

/**
 * Every problem of the files read, in file order as `loadArticles` reports them (the paths',
 * each file's, the duplicates'), and the valid articles without duplicates, newest first.
 */
function checkDuplicates(
  files: readonly string[],
  results: ReadonlyMap<string, IndexedFile>,
  pathErrors: readonly ContentError[],
): { errors: ContentError[]; articles: IndexedArticle[] } {
  const errors = [...pathErrors];
  const valid: { file: string; article: { slug: string; id: string }; entry: IndexedArticle }[] =
    [];
  for (const file of files) {
    const entry = results.get(file);
    if (!entry) continue;
    if (entry.ok) valid.push({ file, article: { slug: entry.slug, id: entry.id }, entry });
    else errors.push(...entry.errors);
  }
  const unique = rejectDuplicates(valid);
  errors.push(...unique.errors);
  const order = new Map(files.map((file, position) => [file, position]));
  errors.sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1));
  return { errors, articles: unique.articles.map((item) => item.entry).sort(compareOrderKeys) };
}

/**
 * Reads the article files and folders named (as `loadArticles` does, with the same errors and
 * order) through each folder's {@link ContentIndex}: a file unchanged since it was indexed is
 * not read or parsed again. Files named one by one are parsed directly. Only what identifies
 * each article is held; `article(file)` loads one from the index when it is needed, and the
 * duplicate check and the order of `errors` and `articles` are worked out when first asked for.
 */
export async function indexArticles(
  paths: readonly string[],
  options: IndexOptions = {},
): Promise<IndexedContent> {
  const { files, errors } = await expandArticlePaths(paths);
  const pathErrors = [...errors];
  const folders = await folderTargets(paths);
  const indexes = new Map<string, ContentIndex>();
  const byFolder = new Map<string, string[]>();
  const loose = new Map<string, Article>();
  const results = new Map<string, IndexedFile>();
  const work = { parsed: 0, rehashed: 0 };
  const folderOf = new Map<string, string>();
  for (const file of files) {
    const folder = resolve(file, "..");
    folderOf.set(file, folder);
    if (folders.has(folder)) {
      const group = byFolder.get(folder) ?? [];
      group.push(file);
      byFolder.set(folder, group);
    }
  }
  for (const [folder, group] of byFolder) {
    const index = await ContentIndex.open(folder, options);
    indexes.set(folder, index);
    const report = await index.refresh(group, true);
    work.parsed += report.parsed;
    work.rehashed += report.rehashed;
    for (const entry of report.files) results.set(entry.file, entry);
  }
  for (const file of files) {
    if (results.has(file)) continue;
    const loaded = await loadArticleFile(file);
    work.parsed++;
    if (loaded.ok) {
      loose.set(file, loaded.article);
      const time = loaded.article.datePublished
        ? Date.parse(loaded.article.datePublished)
        : Number.NaN;
      results.set(file, {
        ok: true,
        file,
        name: basename(file),
        id: loaded.article.id,
        slug: loaded.article.slug,
        headline: loaded.article.headline,
        publishedMs: Number.isNaN(time) ? null : time,
        hash: "",
      });
    } else {
      results.set(file, { ok: false, file, name: basename(file), errors: loaded.errors });
    }
  }
  const indexOf = (file: string) => indexes.get(folderOf.get(file) ?? resolve(file, ".."));
  let checked: { errors: ContentError[]; articles: IndexedArticle[] } | undefined;
  const check = () => {
    checked ??= checkDuplicates(files, results, errors);
    return checked;
  };
  return {
    files,
    get errors() {
      return check().errors;
    },
    get articles() {
      return check().articles;
    },
    pathErrors,
    work,
    entry: (file) => results.get(file),
    indexOf,
    folderIndex: (dir) => indexes.get(resolve(dir)),
    article(file: string): Article {
      const found = loose.get(file) ?? indexOf(file)?.article(basename(file));
      if (!found) throw new Error(`${file} is not a valid indexed article`);
      return found;
    },
    close() {
      for (const index of indexes.values()) index.close();
    },
  };
}
