import { Article } from "@broadsheet/article";
import type { HtmlError } from "./html-result.js";

/** The page's address and fetch time as the import records them. */
export interface SourceOptions {
  url?: string;
  fetchedAt?: string;
}

/**
 * The `url` and `fetchedAt` options checked: the address an http(s) URL, the time a valid `Date`
 * or an ISO 8601 date-time with an offset. An error names the option and what it must be.
 */
export function sourceOptions(options: {
  url?: string;
  fetchedAt?: Date | string;
}): SourceOptions | HtmlError {
  const { url, fetchedAt } = options;
  if (url !== undefined && !Article.shape.url.safeParse(url).success) {
    return {
      message:
        "the page's URL must be an http(s) URL without spaces, like https://example.com/story",
    };
  }
  let time: string | undefined;
  if (fetchedAt instanceof Date) {
    if (Number.isNaN(fetchedAt.getTime())) return { message: "the fetch time is not a valid date" };
    time = fetchedAt.toISOString();
  } else if (fetchedAt !== undefined) {
    if (!Article.shape.datePublished.safeParse(fetchedAt).success) {
      return {
        message:
          "the fetch time must be an ISO 8601 date-time with an offset, like 2025-06-01T09:30:00Z",
      };
    }
    time = fetchedAt;
  }
  return {
    ...(url !== undefined ? { url: new URL(url).href } : {}),
    ...(time !== undefined ? { fetchedAt: time } : {}),
  };
}
