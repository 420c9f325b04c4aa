import type { Article } from "@broadsheet/article";

/** A way of writing an article as Markdown for one kind of publication or site generator. */
export interface Profile {
  /** Everything before the body: front matter, and anything else the profile puts first. */
  head(article: Article): string;
  /** Whether the dateline is printed at the start of the lead paragraph. */
  datelineInLead: boolean;
}
