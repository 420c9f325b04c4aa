import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadArticleFile } from "./load-article-file.js";
import { parseArticleText } from "./parse-article-text.js";
import { tempDir, writeFiles } from "./test-fixtures.js";

const BLANKS = ["", " ", "\n", "  \n\t\n", "\r\n\r\n", "\u00a0\u3000\n", "\u202E\n"];

describe("an empty or blank article file", () => {
  it("is an error in every format, naming the file and what the format needs", async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      "empty.txt": "",
      "blank.txt": "  \n\t\n",
      "empty.md": "",
      "blank.md": "\n\n   \n",
      "empty.json": "",
      "blank.json": " \n\n",
    });
    const messages: Record<string, string[]> = {};
    for (const name of [
      "empty.txt",
      "blank.txt",
      "empty.md",
      "blank.md",
      "empty.json",
      "blank.json",
    ]) {
      const result = await loadArticleFile(join(dir, name));
      if (result.ok) throw new Error(`${name} loaded as "${result.article.headline}"`);
      expect(result.errors.every((error) => error.file === join(dir, name))).toBe(true);
      messages[name] = result.errors.map((error) => error.message);
    }
    expect(messages).toEqual({
      "empty.txt": ["is empty; a wire story needs at least a headline line"],
      "blank.txt": ["holds only blank lines; a wire story needs at least a headline line"],
      "empty.md": [
        "is empty; a Markdown article needs front matter (between --- lines) with at least a headline, and a body",
      ],
      "blank.md": [
        "holds only blank lines; a Markdown article needs front matter (between --- lines) with at least a headline, and a body",
      ],
      "empty.json": ["invalid JSON: the file is empty; an article is a JSON object { … }"],
      "blank.json": ["invalid JSON: the file is empty; an article is a JSON object { … }"],
    });
  });

  it("is an error for every blank text, as wire copy and as Markdown", () => {
    for (const text of BLANKS) {
      for (const format of ["wire-text", "markdown"] as const) {
        const result = parseArticleText(text, format, "x");
        expect(result.ok, `${JSON.stringify(text)} as ${format}`).toBe(false);
        if (!result.ok) expect(result.errors).toHaveLength(1);
      }
    }
  });

  it("still loads wire copy that is only a headline", () => {
    expect(parseArticleText("Only a Headline\n", "wire-text", "x").ok).toBe(true);
  });
});
