import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { FORBIDDEN_TEXT_CHARACTERS } from "@broadsheet/article";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import {
  articleMarkdown,
  expectOneLineError,
  run,
  tempDir,
  WIRE_STORY,
  writeFiles,
} from "../test-binary.js";

/** Anything but printable text and newlines: what must never reach a terminal from an article. */
const CONTROL = new RegExp(`[${FORBIDDEN_TEXT_CHARACTERS}\\t]`);

async function contentFolder(files: Record<string, string>): Promise<string> {
  const dir = await tempDir();
  await mkdir(join(dir, "content"));
  await writeFiles(join(dir, "content"), files);
  return dir;
}

const LONG = articleMarkdown(
  "Harbour Bridge Reopens",
  "2025-09-14T08:00:00+02:00",
  `\n${"The council met again on Monday to discuss the cost of the repairs and the tolls. ".repeat(12)}\n`,
);

describe("broadsheet read, when stdout is not a terminal", () => {
  it("prints the article as plain text, 80 columns wide", async () => {
    const dir = await contentFolder({ "bridge.md": LONG });
    const result = await run(["read", "content/bridge.md"], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Harbour Bridge Reopens");
    expect(result.stdout).toContain("What it cost");
    expect(result.stdout).not.toMatch(CONTROL);
    const lines = result.stdout.split("\n");
    expect(Math.max(...lines.map((line) => stringWidth(line)))).toBeLessThanOrEqual(80);
    expect(Math.max(...lines.map((line) => stringWidth(line)))).toBeGreaterThan(60);
  });

  it("lays the text out at --width", async () => {
    const dir = await contentFolder({ "bridge.md": LONG });
    const result = await run(["read", "content/bridge.md", "--width", "40"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(
      Math.max(...result.stdout.split("\n").map((line) => stringWidth(line))),
    ).toBeLessThanOrEqual(40);
  });

  it("finds an article by its slug in the content folder", async () => {
    const dir = await contentFolder({
      "bridge.md": LONG,
      "other-name.md": articleMarkdown("Tunnel Opens Early", "2025-10-01T07:30:00Z"),
    });
    const byFile = await run(["read", "harbour-bridge-reopens"], { cwd: dir });
    expect(byFile.code).toBe(0);
    const bySlug = await run(["read", "tunnel-opens-early"], { cwd: dir });
    expect(bySlug.code).toBe(0);
    expect(bySlug.stdout).toContain("Tunnel Opens Early");
    const fromEnv = await run(["read", "tunnel-opens-early"], {
      cwd: join(dir, "content"),
      env: { BROADSHEET_CONTENT: join(dir, "content") },
    });
    expect(fromEnv.stdout).toContain("Tunnel Opens Early");
  });

  it("reads wire copy and JSON articles", async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      "story.txt": WIRE_STORY,
      "a.json": JSON.stringify({
        schemaVersion: 1,
        id: "a",
        slug: "a",
        headline: "From JSON",
        body: [{ type: "paragraph", content: [{ text: "Body text." }] }],
      }),
    });
    expect((await run(["read", "story.txt"], { cwd: dir })).stdout).toContain(
      "Harbour Bridge Reopens",
    );
    expect((await run(["read", "a.json"], { cwd: dir })).stdout).toContain("From JSON");
  });

  it("never prints an article's escape sequences or control characters", async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      "hostile.txt": `Hostile Copy\n\nLONDON (AP) — A \u001b]0;PWNED\u0007 b \u001b]52;c;c3RvbGVu\u0007 c \u001b[2J d\re \u009b31m f \u202egnp.exe\n`,
    });
    const result = await run(["read", "hostile.txt"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Hostile Copy");
    expect(result.stdout).not.toMatch(CONTROL);
  });

  it("lists the library, newest first, when no article is named", async () => {
    const dir = await contentFolder({
      "bridge.md": LONG,
      "tunnel.md": articleMarkdown("Tunnel Opens Early", "2025-10-01T07:30:00Z"),
    });
    const result = await run(["read"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      "2025-10-01  tunnel-opens-early  Tunnel Opens Early\n2025-09-14  harbour-bridge-reopens  Harbour Bridge Reopens\n",
    );
  });

  it("opens nothing for an invalid article, printing each error with its location", async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      "bad.json": `{\n  "schemaVersion": 1,\n  "id": "x",\n  "slug": "Bad Slug",\n  "headline": "x\\u001b]0;t\\u0007",\n  "body": []\n}\n`,
      "broken.json": '{\n  "headline": "x"\n  "slug": "x"\n}\n',
    });
    const bad = await run(["read", "bad.json"], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe("");
    const errors = bad.stderr.split("\n").filter(Boolean);
    expect(errors.length).toBeGreaterThanOrEqual(3);
    for (const line of errors)
      expect(line).toMatch(/^broadsheet: bad\.json: (slug|headline|body): /);
    expect(bad.stderr).not.toMatch(CONTROL);
    const broken = await run(["read", "broken.json"], { cwd: dir });
    expectOneLineError(broken, 1, /^broadsheet: broken\.json:3:3: invalid JSON/);
  });

  it.each([
    [["read", "nope.md"], /^broadsheet: nope\.md: no such file or folder/],
    [
      ["read", "no-such-slug"],
      /^broadsheet: no-such-slug: no such file, and no article with that slug in content/,
    ],
    [["read", "x.md", "--width", "5"], /option '-w, --width <columns>' argument '5' is invalid/],
    [["read", "x.md", "--theme", "purple"], /argument 'purple' is invalid/],
  ])("fails with a usage error for %j", async (args, message) => {
    const dir = await contentFolder({ "bridge.md": LONG });
    expectOneLineError(await run(args, { cwd: dir }), 2, message);
  });

  it("says what to do when there is no content folder and nothing is followed", async () => {
    const dir = await tempDir();
    expectOneLineError(
      await run(["read"], { cwd: dir, env: { XDG_CONFIG_HOME: join(dir, "config") } }),
      2,
      /^broadsheet: following nothing yet, and no content folder here; broadsheet follow <url>/,
    );
    expectOneLineError(
      await run(["read", "some-slug"], { cwd: dir }),
      2,
      /^broadsheet: some-slug: no such file, and no content folder to find it in/,
    );
  });

  it("documents its keys in --help", async () => {
    const result = await run(["read", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: broadsheet read [options] [article]");
    expect(result.stdout).toContain("--no-resume");
  });
});
