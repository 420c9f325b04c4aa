import { chmod, mkdir, truncate } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { articleMarkdown, expectOneLineError, run, tempDir, writeFiles } from "../test-binary.js";

async function contentFolder(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await tempDir();
  await mkdir(join(dir, "content"));
  await writeFiles(join(dir, "content"), files);
  return dir;
}

const GOOD = {
  "bridge.md": articleMarkdown("Harbour Bridge Reopens", "2025-09-14T08:00:00+02:00"),
  "tunnel.md": articleMarkdown("Tunnel Opens Early", "2025-10-01T07:30:00Z"),
};

describe("broadsheet validate", () => {
  it("checks ./content by default and exits 0 when all is valid", async () => {
    const dir = await contentFolder(GOOD);
    const result = await run(["validate"], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: "2 articles valid\n", stderr: "" });
  });

  it("checks $BROADSHEET_CONTENT when set", async () => {
    const dir = await contentFolder({ "bad.json": "{" });
    await mkdir(join(dir, "elsewhere"));
    await writeFiles(join(dir, "elsewhere"), GOOD);
    const result = await run(["validate"], { cwd: dir, env: { BROADSHEET_CONTENT: "elsewhere" } });
    expect(result.code).toBe(0);
  });

  it("says what to do when there is no content folder", async () => {
    const dir = await tempDir();
    expectOneLineError(
      await run(["validate"], { cwd: dir }),
      2,
      /^broadsheet: content: no content folder here; .*BROADSHEET_CONTENT$/,
    );
    expectOneLineError(
      await run(["validate"], { cwd: dir, env: { BROADSHEET_CONTENT: "gone" } }),
      2,
      /^broadsheet: gone: no such folder \(from BROADSHEET_CONTENT\)/,
    );
  });

  it("prints every error as file:line: path: message and exits 1, still counting the good files", async () => {
    const dir = await contentFolder({
      ...GOOD,
      "broken.json": '{\n  "headline": "x"\n  "slug": "x"\n}\n',
      "wrong.json": JSON.stringify({
        schemaVersion: 1,
        id: "w",
        slug: "Bad Slug",
        headline: "W",
        body: [],
      }),
    });
    const result = await run(["validate"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr.split("\n").filter(Boolean)).toEqual([
      `broadsheet: ${join("content", "broken.json")}:3:3: invalid JSON: expected "," or "}" after a field, found a string (a missing comma?)`,
      `broadsheet: ${join("content", "wrong.json")}: slug: must be lowercase letters and digits separated by single hyphens, like kursk-offensive`,
      `broadsheet: ${join("content", "wrong.json")}: body: must hold at least one block`,
    ]);
    expect(result.stdout).toBe("2 of 4 articles valid; 3 errors in 2 files\n");
  });

  it("gives Markdown errors their line", async () => {
    const dir = await contentFolder({
      "a.md": articleMarkdown("A", "2025-01-01T00:00:00Z", "\n<div>raw html</div>\n"),
    });
    const result = await run(["validate"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^broadsheet: content\/a\.md:\d+(?::\d+)?: /);
  });

  it("reports a repeated slug naming both files", async () => {
    const dir = await contentFolder({
      "a.md": articleMarkdown("Same Headline", "2025-01-01T00:00:00Z"),
      "b.md": articleMarkdown("Same Headline", "2025-01-02T00:00:00Z"),
    });
    const result = await run(["validate", "content"], { cwd: dir });
    expectOneLineError(
      result,
      1,
      /^broadsheet: content\/b\.md: slug: "same-headline" is also the slug of content\/a\.md; give one of them another slug$/,
    );
  });

  it("prints an aligned summary of each valid article with --summary, newest first", async () => {
    const dir = await contentFolder(GOOD);
    const result = await run(["validate", "content", "--summary"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        "Tunnel Opens Early",
        "  file       content/tunnel.md",
        "  dateline   Malmö, Sweden (AP)",
        "  published  2025-10-01 07:30 UTC",
        "  length     21 words (1 min read)",
        "  sections   What it cost",
        "             What next",
        "",
        "Harbour Bridge Reopens",
        "  file       content/bridge.md",
        "  dateline   Malmö, Sweden (AP)",
        "  published  2025-09-14 08:00 +02:00",
        "  length     21 words (1 min read)",
        "  sections   What it cost",
        "             What next",
        "",
        "2 articles valid",
        "",
      ].join("\n"),
    );
  });

  it("validates the publication's own content folder, with a summary of every article", async () => {
    const repository = fileURLToPath(new URL("../../../../", import.meta.url));
    const result = await run(["validate", "--summary"], { cwd: repository });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const articles = Number(/^(\d+) articles? valid$/m.exec(result.stdout)?.[1]);
    expect(articles).toBeGreaterThan(0);
    expect(result.stdout.match(/^ {2}sections {3}/gm)).toHaveLength(articles);
  });

  it("takes files and folders", async () => {
    const dir = await contentFolder(GOOD);
    const result = await run(["validate", "content/bridge.md", "content"], { cwd: dir });
    expect(result.stdout).toBe("2 articles valid\n");
  });

  it.each([
    [
      "a missing file",
      "nope.md",
      2,
      /^broadsheet: nope\.md: no such file or folder; check the path$/,
    ],
    [
      "a file that is not an article",
      "notes.docx",
      2,
      /^broadsheet: notes\.docx: is not an article file; articles are \.md/,
    ],
    ["invalid UTF-8", "latin1.md", 1, /^broadsheet: latin1\.md:2: is not valid UTF-8/],
    [
      "a 20 MB file",
      "huge.md",
      1,
      /^broadsheet: huge\.md: is 20 MB, over the 5 MB limit for an article/,
    ],
    ["a binary file", "photo.json", 1, /^broadsheet: photo\.json: is a binary file/],
  ])("fails on %s with one line", async (_case, path, code, message) => {
    const dir = await tempDir();
    await writeFiles(dir, {
      "notes.docx": "x",
      "latin1.md": Buffer.from("---\nheadline: Caf\xe9\n---\n\nText.\n", "latin1"),
      "photo.json": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]),
      "huge.md": "",
    });
    await truncate(join(dir, "huge.md"), 20 * 1024 * 1024);
    const result = await run(["validate", path], { cwd: dir });
    expectOneLineError(result, code, message);
    expect(result.stdout).toBe(code === 2 ? "" : "0 of 1 article valid; 1 error in 1 file\n");
  });

  it("fails on a folder named like an article inside a content folder, with one line", async () => {
    const dir = await contentFolder({});
    await mkdir(join(dir, "content", "folder.md"));
    const result = await run(["validate"], { cwd: dir });
    expectOneLineError(result, 1, /^broadsheet: content\/folder\.md: is a folder, not a file/);
  });

  it("fails on a file it may not read, with one line", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "secret.md": articleMarkdown("Secret", "2025-01-01T00:00:00Z") });
    await chmod(join(dir, "secret.md"), 0o000);
    const result = await run(["validate", "secret.md"], { cwd: dir, unprivileged: true });
    expectOneLineError(result, 1, /^broadsheet: secret\.md: cannot be read: permission denied/);
  });
});
