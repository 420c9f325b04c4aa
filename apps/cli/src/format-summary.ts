import type { Article, Dateline } from "@broadsheet/article";
import { readingTime, tableOfContents, wordCount } from "@broadsheet/article";
import type { LoadedArticle } from "@broadsheet/content";
import type { Io } from "./io.js";

const numbers = new Intl.NumberFormat("en");
const LABEL_WIDTH = "published".length + 2;

function formatDateline(dateline: Dateline | undefined): string {
  if (!dateline) return "(none)";
  let text = dateline.place;
  if (dateline.date) text += `, ${dateline.date}`;
  if (dateline.source) text += ` (${dateline.source})`;
  return text;
}

function formatPublished(date: string | undefined): string {
  if (!date) return "(undated)";
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.exec(
    date,
  );
  if (!match) return date;
  const zone = match[3]?.toUpperCase() === "Z" ? "UTC" : match[3];
  return `${match[1]} ${match[2]} ${zone}`;
}

function formatLength(article: Article): string {
  const words = wordCount(article);
  return `${numbers.format(words)} ${words === 1 ? "word" : "words"} (${readingTime(article)} min read)`;
}

function field(label: string, lines: readonly string[]): string[] {
  const indent = " ".repeat(2 + LABEL_WIDTH);
  return lines.map((line, index) =>
    index === 0 ? `  ${label.padEnd(LABEL_WIDTH)}${line}` : `${indent}${line}`,
  );
}

/**
 * One article's block of the summary, one record per line: the headline, then aligned fields.
 * A value is never split over lines, whatever it holds; printed with {@link Io.outLine}, its line
 * breaks are shown as `\n`, so no value can forge another line.
 */
export function articleSummaryLines({ file, article }: LoadedArticle): string[] {
  const sections = tableOfContents(article)
    .filter((entry) => entry.level === 2)
    .map((entry) => entry.text);
  return [
    article.headline,
    ...field("file", [file]),
    ...field("dateline", [formatDateline(article.dateline)]),
    ...field("published", [formatPublished(article.datePublished)]),
    ...field("length", [formatLength(article)]),
    ...field("sections", sections.length > 0 ? sections : ["(none)"]),
  ];
}

/**
 * The `validate --summary` report, one record per line: for each article, its headline, file,
 * dateline, publication date, length in words and minutes, and sections (the h2 headings), with
 * the values aligned; a blank line between articles.
 */
export function summaryLines(articles: readonly LoadedArticle[]): string[] {
  return articles.flatMap((article, index) => [
    ...(index > 0 ? [""] : []),
    ...articleSummaryLines(article),
  ]);
}
