import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { fromMarkdown } from "../from-markdown.js";
import { profileFileName, toMarkdown } from "../to-markdown.js";
import { PROFILE_NAMES } from "./index.js";

const contentDirectory = new URL("../../../../content/", import.meta.url);
const goldenDirectory = new URL("../../golden/", import.meta.url);
const update = process.env.UPDATE_GOLDEN === "1";

const articles = readdirSync(contentDirectory)
  .filter((name) => name.endsWith(".md"))
  .sort()
  .map((name) => {
    const read = fromMarkdown(readFileSync(new URL(name, contentDirectory), "utf8"));
    if (!read.ok) throw new Error(`${name}: ${JSON.stringify(read.errors)}`);
    return { name, article: read.article };
  });

describe.each(PROFILE_NAMES)("golden files of the %s profile", (profile) => {
  const directory = new URL(`${profile}/`, goldenDirectory);
  test.each(articles)("$name", ({ article }) => {
    const file = new URL(profileFileName(article, profile), directory);
    const markdown = toMarkdown(article, { profile });
    if (update) {
      mkdirSync(directory, { recursive: true });
      writeFileSync(file, markdown);
    }
    expect(existsSync(file), `${file.pathname} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
    expect(markdown).toBe(readFileSync(file, "utf8"));
    const read = fromMarkdown(markdown, { profile });
    expect(read.ok ? [] : read.errors).toEqual([]);
  });
});
