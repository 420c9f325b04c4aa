import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { articleJsonSchema } from "@broadsheet/article";
import { describe, expect, it } from "vitest";
import { run, tempDir, WIRE_STORY, writeFiles } from "./test-binary.js";
import {
  ALL_HOSTILE,
  expectCleanLines,
  fileNamePart,
  HOSTILE,
  yamlQuoted,
} from "./test-hostile.js";

function jsonArticle(n: number, extra: Record<string, unknown> = {}, heading = "What next") {
  return JSON.stringify({
    schemaVersion: 1,
    id: `j-${n}`,
    slug: `j-${n}`,
    headline: `Story ${n}`,
    body: [
      { type: "paragraph", content: [{ text: "The bridge reopened." }] },
      { type: "heading", level: 2, content: [{ text: heading }] },
    ],
    ...extra,
  });
}

/** A folder where each file has one error and a hostile name: unknown keys in front matter and JSON, and invalid JSON. */
async function hostileFolder(): Promise<{ dir: string; files: number }> {
  const dir = await tempDir();
  await mkdir(join(dir, "h"));
  const files: Record<string, string> = {};
  HOSTILE.forEach((hostile, n) => {
    const name = fileNamePart(hostile);
    files[`m${n}${name}.md`] =
      `---\nheadline: "Story ${n}"\n${yamlQuoted(`k${hostile}`)}: 1\n---\n\nText.\n`;
    files[`j${n}${name}.json`] = jsonArticle(n, { [`k${hostile}`]: 1 });
    files[`b${n}${name}.json`] = `{"headline": "x", ${hostile} }`;
  });
  await writeFiles(join(dir, "h"), files);
  return { dir, files: Object.keys(files).length };
}

describe("every command's output, against hostile names, keys, fields and arguments", () => {
  it("validate: one clean line per error, and the tally", async () => {
    const { dir, files } = await hostileFolder();
    const result = await run(["validate", "h"], { cwd: dir });
    expect(result.code).toBe(1);
    const errors = expectCleanLines(result.stderr);
    expect(errors).toHaveLength(files);
    for (const line of errors) expect(line).toMatch(/^broadsheet: h\/[mjb]\d+/);
    expect(result.stderr).toContain('unknown field "k\\ud800"');
    expect(result.stderr).toContain('unknown field "k\\x1b]52;c;aGFja2Vk\\x07"');
    expect(expectCleanLines(result.stdout)).toEqual([
      `0 of ${files} articles valid; ${files} errors in ${files} files`,
    ]);
  });

  it("validate --summary: one record per line, whatever a heading or a file name holds", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "s"));
    const files: Record<string, string> = {};
    HOSTILE.forEach((hostile, n) => {
      files[`s${n}${fileNamePart(hostile)}.json`] = jsonArticle(n, {}, `Real${hostile}end`);
    });
    await writeFiles(join(dir, "s"), files);
    const total = HOSTILE.length;
    const result = await run(["validate", "s", "--summary"], { cwd: dir });
    const errors = expectCleanLines(result.stderr);
    for (const line of errors) expect(line).toMatch(/^broadsheet: s\/s\d+/);
    const valid = total - errors.length;
    expect(valid).toBeGreaterThan(0);
    const lines = expectCleanLines(result.stdout);
    // Six lines an article (headline, file, dateline, published, length, one section), a blank
    // line between articles, a blank line and the tally.
    expect(lines).toHaveLength(valid * 7 + 1);
    expect(lines.filter((line) => /^Story \d+$/.test(line))).toHaveLength(valid);
    expect(lines.filter((line) => /^ {2}sections {3}Real.*end$/.test(line))).toHaveLength(valid);
    expect(lines).toContain("  sections   Real\\nend");
    expect(lines).toContain("  sections   Real\\u2028end");
    expect(lines.at(-1)).toBe(
      valid === total
        ? `${total} articles valid`
        : `${valid} of ${total} articles valid; ${errors.length} errors in ${errors.length} files`,
    );
  });

  it("usage errors: one clean line, whatever the arguments hold", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "out"));
    await writeFiles(dir, { "a.json": jsonArticle(1), "story.txt": WIRE_STORY });
    const hostile = ALL_HOSTILE.replace(/\0/g, "");
    for (const args of [
      [hostile],
      [`--x${hostile}`],
      ["validate", `${hostile}.md`],
      ["validate", `--${hostile}`],
      ["export", "a.json", "--profile", hostile],
      ["export", "a.json", "--out", hostile],
      ["export", "a.json", "--out", "out", "--attribution", hostile],
      ["export", "a.json", "--profile", "hashnode", "--stdout", "--domain", hostile],
      ["export", `${hostile}.md`, "--stdout"],
      ["import", `${hostile}.txt`],
      ["import", "story.txt", "--out", hostile],
      ["schema", hostile],
    ]) {
      const result = await run(args, { cwd: dir });
      expect(result.code, args.join(" ")).toBe(2);
      expect(expectCleanLines(result.stdout)).toEqual([]);
      const lines = expectCleanLines(result.stderr);
      expect(lines, result.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(/^broadsheet: /);
    }
  });

  it("export: one clean line per failure and the tally; --stdout piped is the file's exact bytes", async () => {
    const { dir, files } = await hostileFolder();
    await mkdir(join(dir, "out"));
    const result = await run(["export", "h", "--out", "out"], { cwd: dir });
    expect(result.code).toBe(1);
    const errors = expectCleanLines(result.stderr);
    expect(errors).toHaveLength(files);
    for (const line of errors) expect(line).toMatch(/^broadsheet: h\/[mjb]\d+/);
    expect(expectCleanLines(result.stdout)).toEqual([`0 written, ${files} failed`]);

    const name = `a${fileNamePart(ALL_HOSTILE)}.json`;
    await writeFiles(dir, {
      [name]: jsonArticle(1, {}, "Line\u2028and\u2029paragraph separators"),
    });
    const written = await run(["export", name, "--out", "out"], { cwd: dir });
    expect(expectCleanLines(written.stdout)).toEqual(["1 written"]);
    const printed = await run(["export", name, "--stdout"], { cwd: dir });
    expect(printed.stdout).toBe(await readFile(join(dir, "out", "j-1.md"), "utf8"));
  });

  it("import: a clean line for what it wrote and for each warning; --stdout piped is exact", async () => {
    const dir = await tempDir();
    const name = `w${fileNamePart(ALL_HOSTILE)}.txt`;
    await writeFiles(dir, { [name]: WIRE_STORY });
    const result = await run(["import", name], { cwd: dir });
    expect(result.code).toBe(0);
    const wrote = expectCleanLines(result.stdout);
    expect(wrote).toEqual(["wrote harbour-bridge-reopens-after-two-year-repair.md"]);
    for (const line of expectCleanLines(result.stderr)) expect(line).toMatch(/^warning: /);
    const printed = await run(["import", name, "--stdout"], { cwd: dir });
    expect(printed.stdout).toBe(
      await readFile(join(dir, "harbour-bridge-reopens-after-two-year-repair.md"), "utf8"),
    );

    const invalid = `x${fileNamePart(ALL_HOSTILE)}.txt`;
    await writeFiles(dir, { [invalid]: "\0" });
    const failed = await run(["import", invalid], { cwd: dir });
    expect(failed.code).not.toBe(0);
    for (const line of expectCleanLines(failed.stderr)) expect(line).toMatch(/^broadsheet: /);
  });

  it("schema: piped, the exact JSON", async () => {
    const result = await run(["schema"]);
    expect(result).toEqual({
      code: 0,
      stdout: `${JSON.stringify(articleJsonSchema(), null, 2)}\n`,
      stderr: "",
    });
  });
});
