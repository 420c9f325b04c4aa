import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { fromMarkdown } from "./from-markdown.js";
import { toMarkdown } from "./to-markdown.js";

const contentDirectory = new URL("../../../content/", import.meta.url);
const files = existsSync(contentDirectory)
  ? readdirSync(contentDirectory).filter((name) => name.endsWith(".md"))
  : [];

describe("the publication's articles in content/", () => {
  test("holds the sample articles", () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });
  for (const name of files) {
    test(`${name} reads, and writing it back reproduces the file byte for byte`, () => {
      const text = readFileSync(new URL(name, contentDirectory), "utf8");
      const read = fromMarkdown(text);
      expect(read.ok ? [] : read.errors).toEqual([]);
      if (read.ok) expect(toMarkdown(read.article)).toBe(text);
    });
  }
});
