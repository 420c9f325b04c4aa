import type { Article } from "@broadsheet/article";

/** One reason a Markdown file is not a valid article: where it is, and what to do about it. */
export interface MarkdownError {
  /** 1-based line in the source file. */
  line: number;
  /** 1-based column, when known. */
  column?: number;
  /** The article model path the error is about, like `body[3].content[0].href`. */
  path?: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** The outcome of reading Markdown: the article, or every reason it is not one. */
export type MarkdownResult =
  | { ok: true; article: Article }
  | { ok: false; errors: MarkdownError[] };
