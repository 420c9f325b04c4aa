import { type Article, type Block, parseArticle } from "@broadsheet/article";
import { articleMetadata } from "./article-metadata.js";
import type { ConvertContext } from "./convert/convert-context.js";
import { InlineRun } from "./convert/inline-run.js";
import { labelText } from "./convert/label-text.js";
import { flush, readFlow } from "./convert/read-flow.js";
import { decodeHtml } from "./decode-html.js";
import { extractMainText, type MainText } from "./extract-main-text.js";
import type { HtmlError, HtmlResult } from "./html-result.js";
import { htmlSlug } from "./html-slug.js";
import { lengthOverLimit, tagsOverLimit, treeOverLimit } from "./limits.js";
import { Notes } from "./notes.js";
import { type HtmlKind, kindOf, parseDocument } from "./parse-document.js";
import { readHeadline } from "./read-headline.js";
import { readPageMetadata } from "./read-page-metadata.js";
import { setAsideUnsafeLinks } from "./set-aside-unsafe-links.js";
import { sha256Hex } from "./sha256-hex.js";
import { sourceOptions } from "./source-options.js";

/** The importer name recorded with each import. */
export const HTML_IMPORTER = "broadsheet-html/1";

/** Options of {@link htmlToArticle}. */
export interface HtmlImportOptions {
  /** The page's address: relative URLs resolve against it (or its `<base>`); http(s) only. */
  url?: string;
  /** When the page was fetched: a `Date` or an ISO 8601 date-time with an offset. */
  fetchedAt?: Date | string;
  /**
   * `page` extracts the main text first (Mozilla Readability); `fragment` converts all of it
   * (a feed item's content). By default a document that opens with a doctype, `<html>`,
   * `<head>` or `<body>` is a page, anything else a fragment.
   */
  kind?: HtmlKind;
  /** The headline of a fragment (a feed item's title); a page's own title wins over it. */
  headline?: string;
  /** The encoding of bytes given as input (an HTTP `charset`); else the page's own or UTF-8. */
  charset?: string;
}

const fail = (error: HtmlError): HtmlResult => ({ ok: false, error });

function resolvedOrUndefined(
  href: string | undefined,
  base: string | undefined,
): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function readBody(root: Node, base: string | undefined, notes: Notes): Block[] {
  const blocks: Block[] = [];
  const context: ConvertContext = {
    base,
    notes,
    blocks,
    at: () => blocks.length,
    format: { marks: [], href: undefined },
  };
  const run = new InlineRun();
  readFlow(root, context, run);
  flush(context, run);
  if (blocks.length === 0) {
    notes.add(
      "empty-body",
      "No body text was found; the body holds a divider as its only block.",
      undefined,
    );
    blocks.push({ type: "divider" });
  }
  return blocks;
}

function importHtml(input: string | Uint8Array, options: HtmlImportOptions): HtmlResult {
  const over = lengthOverLimit(input.length);
  if (over) return fail(over);
  const given = sourceOptions(options);
  if ("message" in given) return fail(given);
  const html = typeof input === "string" ? input : decodeHtml(input, options.charset);
  const sha256 = sha256Hex(input);
  const tags = tagsOverLimit(html);
  if (tags) return fail(tags);
  const kind = options.kind ?? kindOf(html);
  const document = parseDocument(html, kind);
  if (!document.documentElement) {
    return fail({
      message: "the HTML has no element to read; check that the file is an HTML page",
    });
  }
  const tooBig = treeOverLimit(document.documentElement);
  if (tooBig) return fail(tooBig);
  const notes = new Notes();
  const page = readPageMetadata(document);
  const base = resolvedOrUndefined(page.base, given.url) ?? given.url;
  let main: MainText | undefined;
  if (kind === "page") {
    setAsideUnsafeLinks(document);
    main = extractMainText(document);
    if (!main) {
      notes.add(
        "no-main-text",
        "Found no main text in the page; the article holds all of its body.",
        undefined,
      );
    }
  }
  const body = readBody(main?.content ?? document.body ?? document.documentElement, base, notes);
  const headline = readHeadline(
    kind === "page"
      ? [main?.title, page.title]
      : [options.headline, page.title, document.querySelector("h1")?.textContent ?? undefined],
    notes,
  );
  const metadata = articleMetadata(
    {
      page,
      byline: main?.byline,
      publishedTime: main?.publishedTime,
      lang: main?.lang,
      url: resolvedOrUndefined(page.canonical, base) ?? given.url,
    },
    notes,
  );
  const id = `html-${sha256.slice(0, 12)}`;
  const warnings = notes.toWarnings(body.length);
  const article: Article = {
    schemaVersion: 1,
    id,
    slug: htmlSlug(headline, id),
    headline,
    ...metadata,
    body,
    isBasedOn: {
      format: "html",
      ...(given.url !== undefined ? { url: given.url } : {}),
      ...(given.fetchedAt !== undefined ? { dateFetched: given.fetchedAt } : {}),
      sha256,
      importer: HTML_IMPORTER,
      warnings,
    },
  };
  const parsed = parseArticle(article);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    const place = { notes, at: () => undefined };
    return fail({
      message: `the page gave an article the model refuses (${labelText(`${first?.path}: ${first?.message}`, place)}); please report this page`,
    });
  }
  return { ok: true, article: parsed.article, warnings };
}

/**
 * Imports an HTML page, or an article fragment such as a feed item's content, as an article.
 * A page's main text is found with Mozilla Readability; its headline, byline, dates, dek and
 * language come from its metadata (Open Graph, `article:`, JSON-LD, `<time>`). Paragraphs,
 * headings, lists, quotes, figures with captions and credits, tables, links and marks become
 * the model's blocks and spans; relative URLs resolve against `<base>` or `options.url`.
 * Whatever the model cannot hold (scripts, styles, unsafe URLs, nested lists, …) is dropped or
 * changed and listed in `warnings`, each with the body block it concerns; every text passes the
 * model's character rules.
 *
 * Never throws. A page over the size or nesting limits, or bad options, give one error saying
 * what to change. Runs in time linear in the input's length.
 */
export function htmlToArticle(
  input: string | Uint8Array,
  options: HtmlImportOptions = {},
): HtmlResult {
  try {
    return importHtml(input, options);
  } catch (error) {
    const place = { notes: new Notes(), at: () => undefined };
    const reason =
      labelText(error instanceof Error ? error.message : String(error), place) ?? "unknown error";
    return fail({
      message: `could not read the HTML (${reason.slice(0, 200)}); please report this page`,
    });
  }
}
