import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadArticleFile } from "./load-article-file.js";
import { articleJson, articleMarkdown, tempDir, writeFiles } from "./test-fixtures.js";

describe("loadArticleFile", () => {
  it("loads a JSON article", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "a.json": articleJson() });
    const result = await loadArticleFile(join(dir, "a.json"));
    expect(result).toMatchObject({
      ok: true,
      file: join(dir, "a.json"),
      article: { slug: "harbour-bridge-reopens" },
    });
  });

  it("gives a JSON syntax error its line and column", async () => {
    const dir = await tempDir();
    const file = join(dir, "a.json");
    await writeFiles(dir, { "a.json": '{\n  "headline": "x",\n  "slug": "x"\n  "body": []\n}\n' });
    expect(await loadArticleFile(file)).toEqual({
      ok: false,
      file,
      errors: [
        {
          file,
          line: 4,
          column: 3,
          code: "syntax",
          message:
            'invalid JSON: expected "," or "}" after a field, found a string (a missing comma?)',
        },
      ],
    });
  });

  it("gives each problem of an invalid JSON article its path", async () => {
    const dir = await tempDir();
    const file = join(dir, "a.json");
    await writeFiles(dir, { "a.json": articleJson({ id: "ok", slug: "Not A Slug", body: [] }) });
    const result = await loadArticleFile(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.path).sort()).toEqual(["body", "slug"]);
    expect(result.errors.every((error) => error.file === file && error.code === "invalid")).toBe(
      true,
    );
  });

  it("reports a JSON document that is not an object", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "a.json": "[1, 2]" });
    const result = await loadArticleFile(join(dir, "a.json"));
    expect(result).toMatchObject({ ok: false, errors: [{ path: "(document)", code: "invalid" }] });
  });

  it("loads Markdown and wire copy", async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      "a.md": articleMarkdown(),
      "b.txt":
        "Harbour Bridge Reopens\n\nMALMÖ, Sweden (AP) — The bridge reopened on Sunday after two years.\n",
    });
    expect(await loadArticleFile(join(dir, "a.md"))).toMatchObject({
      ok: true,
      article: { headline: "Harbour Bridge Reopens", slug: "harbour-bridge-reopens" },
    });
    const wire = await loadArticleFile(join(dir, "b.txt"));
    expect(wire.ok).toBe(true);
  });

  it("gives Markdown errors their line", async () => {
    const dir = await tempDir();
    const file = join(dir, "a.md");
    await writeFiles(dir, { "a.md": `${articleMarkdown()}\n# A second headline\n` });
    const result = await loadArticleFile(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ file, code: "invalid", line: expect.any(Number) });
  });

  it("refuses other extensions, naming the ones it reads", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "a.docx": "x" });
    expect(await loadArticleFile(join(dir, "a.docx"))).toMatchObject({
      ok: false,
      errors: [
        {
          code: "unsupported",
          message: "is not an article file; articles are .md, .markdown, .txt or .json files",
        },
      ],
    });
  });

  it("passes on read errors as one error", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "a.md": new Uint8Array([0x23, 0x20, 0xff, 0x0a]) });
    expect(await loadArticleFile(join(dir, "a.md"))).toMatchObject({
      ok: false,
      errors: [{ code: "encoding", line: 1 }],
    });
  });
});
