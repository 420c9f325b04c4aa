import type { Article, Block } from "@broadsheet/article";
import type { TextFilter } from "../render/text-filter.js";

/** What a caller may add to an export, whatever the profile. */
export interface WriteOptions {
  /** A closing `*Originally published in Name.*` line, linked to `article.url` (`true`: its host). */
  attribution?: string | true;
  /** The Hashnode publication's host (`name.hashnode.dev`), written as its `domain` field. */
  domain?: string;
}

/** How a profile's files are read back by `fromMarkdown(text, { profile })`. */
export interface ProfileReader {
  /** The model's fields from the front matter's data (keys renamed, values converted back). */
  fields(data: Record<string, unknown>): Record<string, unknown>;
  /** Undoes a whole-body protection pass before the Markdown is read. */
  source?(markdown: string): string;
  /** Undoes an escape the profile wrote into running text (not code), after reading. */
  text?(text: string): string;
  /** Whether a line break inside a paragraph is a hard break (dev.to's `hard_wrap`). */
  breaks?: boolean;
}

/** A way of writing an article as Markdown for one kind of publication or site generator. */
export interface Profile {
  /** Everything before the body: front matter, and anything else the profile puts first. */
  head(article: Article, options: WriteOptions): string;
  /** The blocks the profile writes: the body, degraded to what the target renders well. */
  body(article: Article, options: WriteOptions): Block[];
  /** The dateline printed in the lead, and the `[!PULLQUOTE]`/`[!ASIDE]` markers written. */
  datelineInLead?: true;
  markers?: true;
  /** The rules for running text of the readers the target renders with (see text-rules.ts). */
  textFilter: TextFilter;
  /** A pass over the whole written body (template tags that act before Markdown is read). */
  protect?(markdown: string): string;
  /** The default name of the exported file (default `slug.md`). */
  fileName?(article: Article): string;
  /** How files in this profile are read back. */
  read: ProfileReader;
}
