import {
  chmod,
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  symlink,
  truncate,
  utimes,
  writeFile,
} from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  expectOneLineError,
  filesIn,
  run,
  tempDir,
  WIRE_STORY,
  writeFiles,
} from "../test-binary.js";

async function importedName(dir: string): Promise<string> {
  const written = (await filesIn(dir)).filter((name) => name.endsWith(".md"));
  expect(written).toHaveLength(1);
  return written[0] as string;
}

describe("broadsheet import", () => {
  it("writes <slug>.md into --out, says so, and leaves no temporary file", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "content"));
    await writeFiles(dir, { "story.txt": WIRE_STORY });
    const result = await run(["import", "story.txt", "--out", "content"], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const name = await importedName(join(dir, "content"));
    expect(name).toMatch(/^[a-z0-9-]+\.md$/);
    expect(await filesIn(join(dir, "content"))).toEqual([name]);
    expect(result.stdout).toBe(`wrote ${join("content", name)}\n`);
    for (const line of result.stderr.split("\n").filter(Boolean)) {
      expect(line).toMatch(/^warning: (?:body\[\d+\] )?[a-z][a-z0-9-]*: \S/);
    }
    const markdown = await readFile(join(dir, "content", name), "utf8");
    expect(markdown).toMatch(/^---\n/);
    expect(markdown).toContain("Harbour Bridge Reopens");
  });

  it("writes into the current folder by default, and the result validates", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "story.txt": WIRE_STORY });
    expect((await run(["import", "story.txt"], { cwd: dir })).code).toBe(0);
    const name = await importedName(dir);
    const validated = await run(["validate", name], { cwd: dir });
    expect(validated.stderr).toBe("");
    expect(validated.code).toBe(0);
  });

  it("never replaces an existing file without --force, and replaces it with --force", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "story.txt": WIRE_STORY });
    await run(["import", "story.txt"], { cwd: dir });
    const name = await importedName(dir);
    await writeFile(join(dir, name), "edited by hand\n");

    const refused = await run(["import", "story.txt"], { cwd: dir });
    expectOneLineError(
      refused,
      1,
      new RegExp(`^broadsheet: ${name}: already exists with other text; pass --force`),
    );
    expect(await readFile(join(dir, name), "utf8")).toBe("edited by hand\n");
    expect(await filesIn(dir)).toEqual([name, "story.txt"].sort());

    const forced = await run(["import", "story.txt", "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(await readFile(join(dir, name), "utf8")).toMatch(/^---\n/);
    expect(await filesIn(dir)).toEqual([name, "story.txt"].sort());
  });

  it("prints the Markdown with --stdout and writes nothing", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "story.txt": WIRE_STORY });
    const result = await run(["import", "story.txt", "--stdout"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^---\n[\s\S]*Harbour Bridge Reopens/);
    expect(await filesIn(dir)).toEqual(["story.txt"]);
  });

  it("refuses --stdout with --out as a usage error", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "story.txt": WIRE_STORY });
    const result = await run(["import", "story.txt", "--stdout", "--out", "."], { cwd: dir });
    expectOneLineError(result, 2, /cannot be used with option/);
  });

  it.each([
    [
      "a missing file",
      "nope.txt",
      2,
      /^broadsheet: nope\.txt: no such file or folder; check the path$/,
    ],
    ["a folder", "folder", 2, /^broadsheet: folder: is a folder, not a file/],
    [
      "invalid UTF-8",
      "latin1.txt",
      1,
      /^broadsheet: latin1\.txt:3: is not valid UTF-8 .*save the file as UTF-8$/,
    ],
    ["a 20 MB file", "huge.txt", 1, /^broadsheet: huge\.txt: is 20 MB, over the 5 MB limit/],
    [
      "a binary file",
      "photo.jpg",
      1,
      /^broadsheet: photo\.jpg: is a binary file \(it contains NUL bytes\)/,
    ],
    [
      "Markdown",
      "done.md",
      2,
      /^broadsheet: done\.md: is Markdown already; import converts plain-text wire copy/,
    ],
    [
      "a missing --out folder",
      "story.txt --out nowhere",
      2,
      /^broadsheet: nowhere: no such folder; create it first/,
    ],
  ])("fails on %s with one line and writes nothing", async (_case, args, code, message) => {
    const dir = await tempDir();
    await mkdir(join(dir, "folder"));
    await writeFiles(dir, {
      "story.txt": WIRE_STORY,
      "latin1.txt": Buffer.from("Headline\n\nS\xe3o Paulo\n", "latin1"),
      "photo.jpg": new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
      "done.md": "# Done\n\nText.\n",
      "huge.txt": "",
    });
    await truncate(join(dir, "huge.txt"), 20 * 1024 * 1024);
    const before = await filesIn(dir);
    expectOneLineError(await run(["import", ...args.split(" ")], { cwd: dir }), code, message);
    expect(await filesIn(dir)).toEqual(before);
  });

  it("fails on a file it may not read, with one line", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "secret.txt": WIRE_STORY });
    await chmod(join(dir, "secret.txt"), 0o000);
    const result = await run(["import", "secret.txt", "--stdout"], {
      cwd: dir,
      unprivileged: true,
    });
    expectOneLineError(result, 1, /^broadsheet: secret\.txt: cannot be read: permission denied/);
  });

  it("fails on a folder it may not write to, with one line and no temporary file", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "locked"), { mode: 0o555 });
    await writeFiles(dir, { "story.txt": WIRE_STORY });
    const result = await run(["import", "story.txt", "--out", "locked"], {
      cwd: dir,
      unprivileged: true,
    });
    expectOneLineError(
      result,
      1,
      /^broadsheet: locked\/[a-z0-9-]+\.md: cannot be written: permission denied/,
    );
    expect(await filesIn(join(dir, "locked"))).toEqual([]);
  });

  it("needs a file argument", async () => {
    expectOneLineError(
      await run(["import"]),
      2,
      /missing required argument 'file'; see 'broadsheet import --help'/,
    );
  });

  it("leaves a file that already holds the import alone: unchanged, not a conflict", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "story.txt": WIRE_STORY });
    await run(["import", "story.txt"], { cwd: dir });
    const name = await importedName(dir);
    const past = new Date("2020-01-01T00:00:00Z");
    await utimes(join(dir, name), past, past);
    const again = await run(["import", "story.txt"], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`unchanged ${name} (it holds this text already)\n`);
    expect((await lstat(join(dir, name))).mtime).toEqual(past);
  });

  it("says what is in the way and what will work: a link (replaced itself with --force), a folder (never)", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "story.txt": WIRE_STORY });
    const name = "harbour-bridge-reopens-after-two-year-repair.md";
    await symlink("/nonexistent/story.md", join(dir, name));
    expectOneLineError(
      await run(["import", "story.txt"], { cwd: dir }),
      1,
      new RegExp(
        `^broadsheet: ${name}: is a symbolic link to /nonexistent/story\\.md \\(missing\\); pass --force to replace the link itself`,
      ),
    );
    expect(await readlink(join(dir, name))).toBe("/nonexistent/story.md");
    const forced = await run(["import", "story.txt", "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect((await lstat(join(dir, name))).isFile()).toBe(true);

    const folder = await tempDir();
    await writeFiles(folder, { "story.txt": WIRE_STORY });
    await mkdir(join(folder, name));
    for (const force of [[], ["--force"]]) {
      const result = await run(["import", "story.txt", ...force], { cwd: folder });
      expectOneLineError(
        result,
        1,
        new RegExp(`^broadsheet: ${name}: is a folder; remove it or choose another --out$`),
      );
    }
    expect(await readdir(join(folder, name))).toEqual([]);
  });
});

const PAGE = `<!DOCTYPE html>
<html lang="en"><head>
<title>Harbour Bridge Reopens</title>
<meta property="og:title" content="Harbour Bridge Reopens">
<meta name="author" content="Ada Park">
<meta property="article:published_time" content="2025-06-01T09:30:00+03:00">
<script>document.title = "\\u001b]0;owned\\u0007";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Harbour Bridge Reopens</h1>
<p>The bridge reopened on <em>Monday</em> after two years of repair work, the city said,
and traffic <a href="/traffic">returned to normal</a> within hours of the first cars crossing.</p>
<p>Engineers replaced the deck, the cables and the lighting, and <a href="javascript:alert(1)">repainted</a>
the towers in their original grey, which took the longest of all the work on the bridge.</p>
<figure><img src="/img/bridge.jpg" alt="The bridge at dawn"><figcaption>The reopened bridge.
<span class="credit">Photo: City Archive</span></figcaption></figure>
<p>The mayor thanked the crews who worked through two winters to finish the repairs on time and
within the budget the council had set for them at the start.</p>
</article>
</body></html>
`;

describe("broadsheet import of an HTML page", () => {
  it("writes the page's article as <slug>.md, its links resolved against --url, and the result validates", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "page.html": PAGE });
    const result = await run(["import", "page.html", "--url", "https://example.com/news/bridge"], {
      cwd: dir,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe("wrote harbour-bridge-reopens.md\n");
    const markdown = await readFile(join(dir, "harbour-bridge-reopens.md"), "utf8");
    expect(markdown).toContain("Harbour Bridge Reopens");
    expect(markdown).toContain("(https://example.com/traffic)");
    expect(markdown).toContain("https://example.com/img/bridge.jpg");
    expect(markdown).toContain("Photo: City Archive");
    const body = markdown.slice(markdown.indexOf("\n---\n", 4) + 5);
    expect(body).not.toContain("javascript:");
    expect(markdown).not.toContain("owned");
    expect(markdown).toMatch(
      /^isBasedOn:\n {2}format: html\n {2}url: https:\/\/example\.com\/news\/bridge\n/m,
    );
    expect(markdown).toMatch(/^ {6}rule: unsafe-url$/m);
    expect(result.stderr).toMatch(
      /^warning: body\[\d+\] unsafe-url: Dropped a javascript: URL from <a>/m,
    );
    for (const line of result.stderr.split("\n").filter(Boolean)) {
      expect(line).toMatch(/^warning: (?:body\[\d+\] )?[a-z][a-z0-9-]*: \S/);
    }
    const validated = await run(["validate", "harbour-bridge-reopens.md"], { cwd: dir });
    expect(validated.stderr).toBe("");
    expect(validated.code).toBe(0);
  });

  it("reads .htm too, and prints the Markdown with --stdout", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "page.htm": PAGE });
    const result = await run(["import", "page.htm", "--stdout"], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^---\n/);
    expect(result.stdout).toContain("The bridge reopened on *Monday*");
    expect(result.stderr).toMatch(/relative-url: Dropped a relative URL from <a>.*--url/);
    expect(await filesIn(dir)).toEqual(["page.htm"]);
  });

  it("reads a page in the encoding its <meta charset> names", async () => {
    const dir = await tempDir();
    const page = PAGE.replace("<head>", '<head><meta charset="windows-1252">').replace(
      "two years of repair work",
      "two years of repair work in S\xe3o Paulo \x93style\x94",
    );
    await writeFiles(dir, { "page.html": Buffer.from(page, "latin1") });
    const result = await run(["import", "page.html", "--stdout"], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("in São Paulo “style”");
  });

  it.each([
    [
      "a page nested too deep",
      "deep.html",
      [],
      1,
      /^broadsheet: deep\.html: the HTML nests elements more than \d+ deep/,
    ],
    [
      "--url that is not http(s)",
      "page.html",
      ["--url", "javascript:alert(1)"],
      1,
      /^broadsheet: page\.html: the page's URL must be an http\(s\) URL/,
    ],
    [
      "--url with wire copy",
      "story.txt",
      ["--url", "https://example.com/"],
      2,
      /^broadsheet: story\.txt: --url gives the address of an HTML page or a feed; this file is neither/,
    ],
  ])("fails on %s with one line and writes nothing", async (_case, file, extra, code, message) => {
    const dir = await tempDir();
    await writeFiles(dir, {
      "page.html": PAGE,
      "story.txt": WIRE_STORY,
      "deep.html": `<!DOCTYPE html><html><body>${"<div>".repeat(2000)}text</body></html>`,
    });
    const before = await filesIn(dir);
    expectOneLineError(await run(["import", file, ...extra], { cwd: dir }), code, message);
    expect(await filesIn(dir)).toEqual(before);
  });
});
