import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Article } from "@broadsheet/article";
import { afterEach } from "vitest";

const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh temporary folder, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "broadsheet-content-"));
  made.push(dir);
  return dir;
}

/** Writes files into a folder: name -> text or bytes. */
export async function writeFiles(
  dir: string,
  files: Record<string, string | Uint8Array>,
): Promise<void> {
  await Promise.all(Object.entries(files).map(([name, data]) => writeFile(join(dir, name), data)));
}

/** A small valid article. */
export function article(overrides: Partial<Article> = {}): Article {
  return {
    schemaVersion: 1,
    id: overrides.slug ?? "harbour-bridge-reopens",
    slug: "harbour-bridge-reopens",
    headline: "Harbour Bridge Reopens",
    datePublished: "2025-09-14T08:00:00+02:00",
    body: [{ type: "paragraph", content: [{ text: "The bridge reopened on Sunday." }] }],
    ...overrides,
  };
}

/** A small valid article as pretty JSON text. */
export function articleJson(overrides: Partial<Article> = {}): string {
  return `${JSON.stringify(article(overrides), null, 2)}\n`;
}

/** A small valid article in Broadsheet Markdown. */
export function articleMarkdown(
  headline = "Harbour Bridge Reopens",
  date = "2025-09-14T08:00:00+02:00",
): string {
  return `---\nheadline: ${JSON.stringify(headline)}\ndatePublished: "${date}"\n---\n\nThe bridge reopened on Sunday.\n\n## What it cost\n\nA lot.\n`;
}
