import { readdirSync, readFileSync } from "node:fs";
import type { Article } from "@broadsheet/article";
import { fromMarkdown } from "../from-markdown.js";

const CONTENT = new URL("../../../../content/", import.meta.url);

/** The publication's articles in content/, read with the canonical profile. */
export function contentArticles(): Article[] {
  return readdirSync(CONTENT)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => {
      const read = fromMarkdown(readFileSync(new URL(name, CONTENT), "utf8"));
      if (!read.ok) throw new Error(`content/${name}: ${JSON.stringify(read.errors)}`);
      return read.article;
    });
}
