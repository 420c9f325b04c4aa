import type { Article, Block, Span } from "@broadsheet/article";
import { normalizeInline } from "../normalize-inline.js";
import { portableBody } from "../portable/portable-body.js";
import { renderInline } from "../render/render-inline.js";
import { textFilter } from "../render/text-filter.js";
import type { Profile } from "./profile.js";

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const OPTIONS = { dateStyle: "long", timeZone: "UTC" } as const;
const formats = new Map<string, Intl.DateTimeFormat>();
const monthName = new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" });
const MONTHS = Array.from({ length: 12 }, (_, month) => monthName.format(Date.UTC(2000, month)));

/**
 * A UTC time value's calendar date as `Intl.DateTimeFormat("en", OPTIONS)` writes it (`August
 * 3, 2025`), for the years printedDate makes (100 to 9999), with Intl's month names read once
 * (a call to Intl costs several µs).
 */
export function englishLongDate(time: number): string {
  const date = new Date(time);
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/**
 * The calendar date of a model date-time as a reader expects it in the article's language
 * (`March 3, 2025`, `25. Oktober 2025`; English where the language is not known), in the
 * date-time's own offset.
 */
export function printedDate(dateTime: string, language = "en"): string {
  const match = DATE.exec(dateTime);
  if (!match) return dateTime;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (language === "en") return englishLongDate(time);
  let format = formats.get(language);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(language, OPTIONS);
    } catch {
      format = new Intl.DateTimeFormat("en", OPTIONS);
    }
    formats.set(language, format);
  }
  return format.format(time);
}

const GITHUB = textFilter("cmark-gfm", "pandoc", "github");

/**
 * The byline as a paragraph: each author (linked to their page when there is one) with their
 * role, then the publication date: `[Ann Reporter](…), Correspondent · March 3, 2025`.
 */
function byline(article: Article): Block[] {
  const parts: Span[][] = (article.author ?? []).map((author) => [
    author.url === undefined ? { text: author.name } : { text: author.name, href: author.url },
    ...(author.role === undefined ? [] : [{ text: `, ${author.role}` }]),
  ]);
  if (article.datePublished !== undefined) {
    parts.push([{ text: printedDate(article.datePublished, article.inLanguage) }]);
  }
  const content = parts.flatMap((part, index) => (index === 0 ? part : [{ text: " · " }, ...part]));
  return parts.length === 0 ? [] : [{ type: "paragraph", content: normalizeInline(content) }];
}

/**
 * GitHub-flavoured Markdown with no front matter (GitHub shows front matter as a table): the
 * headline as `# Headline`, then the dek in italics and the byline line, then the body. Two or
 * more `$` in a paragraph are escaped, since GitHub reads `$…$` as math.
 */
export const gfm: Profile = {
  head: (article) =>
    `# ${renderInline([{ text: article.headline }], {
      lineStart: false,
      breaks: "entity",
      heading: true,
      textFilter: GITHUB,
    })}\n\n`,
  body(article, options) {
    const dek = article.alternativeHeadline;
    const front: Block[] =
      dek === undefined ? [] : [{ type: "paragraph", content: [{ text: dek, marks: ["em"] }] }];
    return [...front, ...byline(article), ...portableBody(article, options)];
  },
  textFilter: GITHUB,
  read: { fields: (data) => data },
};
