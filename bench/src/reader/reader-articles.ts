import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Article, type Block, blockText } from "@broadsheet/article";
import { fromMarkdown, toMarkdown } from "@broadsheet/markdown";
import { articleToHtml } from "../article-to-html.js";
import { sampleMarkdown } from "../fixtures.js";

/** Words of the sample's lead paragraph that every tool shows on its first screen. */
export const FIRST_SCREEN_WORDS = "Oleksandr Syrsky";

/** One article written in the form each tool reads. */
export interface ReaderArticle {
  name: string;
  /** Broadsheet Markdown, for `broadsheet read`. */
  markdown: string;
  /** Plain text, for less. */
  text: string;
  /** An HTML page, for w3m and lynx. */
  html: string;
  /** Size of the Markdown file. */
  bytes: number;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
}

function htmlPage(article: Article): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(article.headline)}</title></head><body>${articleToHtml(article)}</body></html>\n`;
}

function plainText(article: Article): string {
  const parts = [
    article.headline,
    article.alternativeHeadline ?? "",
    ...article.body.map(blockText),
  ];
  return `${parts.filter(Boolean).join("\n\n")}\n`;
}

function writeArticle(dir: string, name: string, article: Article): ReaderArticle {
  const files = {
    markdown: join(dir, `${name}.md`),
    text: join(dir, `${name}.txt`),
    html: join(dir, `${name}.html`),
  };
  const markdown = toMarkdown(article, { profile: "broadsheet" });
  writeFileSync(files.markdown, markdown);
  writeFileSync(files.text, plainText(article));
  writeFileSync(files.html, htmlPage(article));
  return { name, ...files, bytes: Buffer.byteLength(markdown) };
}

function markdownBytes(article: Article): number {
  return Buffer.byteLength(toMarkdown(article, { profile: "broadsheet" }));
}

/** The sample's body repeated, each copy after the first under a numbered section heading. */
function repeatedBody(sample: Article, copies: number): Block[] {
  const body: Block[] = [];
  for (let copy = 1; copy <= copies; copy++) {
    if (copy > 1) {
      body.push({ type: "heading", level: 2, content: [{ text: `Dispatch ${copy}` }] });
    }
    body.push(...sample.body);
  }
  return body;
}

/** The sample made at least `bytes` long (as Markdown) by repeating its body. */
function articleOfSize(sample: Article, bytes: number): Article {
  const perCopy =
    markdownBytes({ ...sample, body: repeatedBody(sample, 2) }) - markdownBytes(sample);
  const copies = Math.ceil((bytes - markdownBytes(sample)) / perCopy) + 1;
  return {
    ...sample,
    id: `${sample.id}-1mb`,
    slug: `${sample.slug}-1mb`,
    body: repeatedBody(sample, copies),
  };
}

/**
 * Writes the two articles of the reader benchmark into `dir`, each as Markdown, plain text and
 * an HTML page of the same article: the sample of `content/`, and about 1 MB made of the sample's
 * body repeated under numbered section headings. Both are deterministic.
 */
export function writeReaderArticles(dir: string): ReaderArticle[] {
  const parsed = fromMarkdown(sampleMarkdown());
  if (!parsed.ok) throw new Error("the sample article of content/ does not parse");
  const lead = parsed.article.body[0];
  if (!lead || !blockText(lead).includes(FIRST_SCREEN_WORDS)) {
    throw new Error(`the sample article's lead no longer says "${FIRST_SCREEN_WORDS}"`);
  }
  return [
    writeArticle(dir, "sample", parsed.article),
    writeArticle(dir, "1-mb", articleOfSize(parsed.article, 1024 * 1024)),
  ];
}
