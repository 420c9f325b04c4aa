import { fromMarkdown } from "@broadsheet/markdown";
import type { FetchOptions } from "@broadsheet/remote";
import { documentKind } from "./document-kind.js";
import type { FetchedText } from "./fetch-text.js";
import { fetchText } from "./fetch-text.js";
import type { OpenedRemote } from "./remote-article.js";
import { failureLine, hostOf } from "./remote-read-error.js";

/**
 * The article in fetched Markdown (a Broadsheet site's exact article), or one line saying why
 * it is not one: the first error of `fromMarkdown` with its line.
 */
export function articleFromMarkdown(document: FetchedText): OpenedRemote {
  const result = fromMarkdown(document.text);
  if (!result.ok) {
    const first = result.errors[0];
    const where = first ? `line ${first.line}: ${first.message}` : "no article";
    return {
      ok: false,
      message: `${hostOf(document.url)}: the Markdown alternate is not a Broadsheet article (${where})`,
    };
  }
  return {
    ok: true,
    article: result.article,
    from: "markdown",
    url: document.url,
    fetchedAt: document.fetchedAt,
    fromCache: document.fromCache,
    warnings: [],
    importWarnings: [],
  };
}

/**
 * Fetches an announced Markdown alternate and reads it. An answer that is an HTML page (a site
 * that serves its pages for any address) is refused rather than read as Markdown.
 */
export async function readMarkdownAlternate(
  url: string,
  options: FetchOptions,
): Promise<OpenedRemote> {
  let document: FetchedText;
  try {
    document = await fetchText(url, options);
  } catch (error) {
    return { ok: false, message: failureLine(error, url) };
  }
  const kind = documentKind(document.contentType, document.text, document.url);
  if (kind === "html" || kind === "feed") {
    return {
      ok: false,
      message: `${hostOf(document.url)}: the Markdown alternate ${url} answered with ${kind === "html" ? "an HTML page" : "a feed"}, not Markdown`,
    };
  }
  return articleFromMarkdown(document);
}
