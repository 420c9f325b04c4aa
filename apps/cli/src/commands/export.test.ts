import { spawn, spawnSync } from "node:child_process";
import {
  chmod,
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  rm,
  stat,
  symlink,
  utimes,
  writeFile,
} from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { fromMarkdown, PROFILE_NAMES, profileFileName, toMarkdown } from "@broadsheet/markdown";
import { describe, expect, it } from "vitest";
import {
  articleMarkdown,
  BIN,
  expectOneLineError,
  filesIn,
  run,
  tempDir,
  writeFiles,
} from "../test-binary.js";

const REPOSITORY_CONTENT = fileURLToPath(new URL("../../../../content/", import.meta.url));

const BRIDGE = articleMarkdown("Harbour Bridge Reopens", "2025-09-14T08:00:00+02:00");
const TUNNEL = articleMarkdown("Tunnel Opens Early", "2025-10-01T07:30:00Z");

/** A project folder with `content/` holding `files`, and an empty `out/`. */
async function project(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await tempDir();
  await mkdir(join(dir, "content"));
  await mkdir(join(dir, "out"));
  await writeFiles(join(dir, "content"), files);
  return dir;
}

function parse(markdown: string) {
  const parsed = fromMarkdown(markdown);
  if (!parsed.ok) throw new Error(`test article does not parse: ${JSON.stringify(parsed.errors)}`);
  return parsed.article;
}

/** No hidden temporary files (`.broadsheet-pid-host-random.tmp`) anywhere in `dir`. */
async function expectNoTemporaryFiles(dir: string): Promise<void> {
  expect((await readdir(dir)).filter((name) => name.startsWith("."))).toEqual([]);
}

/** `count` articles in `dir`/content. */
async function manyArticles(dir: string, count: number): Promise<void> {
  await writeFiles(
    join(dir, "content"),
    Object.fromEntries(
      Array.from({ length: count }, (_, n) => [
        `story-${n}.md`,
        articleMarkdown(`Story number ${n}`, "2025-01-01T00:00:00Z"),
      ]),
    ),
  );
}

/** The tally's counts: `12 written, 3 unchanged` -> { written: 12, unchanged: 3 }. */
function tallyOf(stdout: string): Record<string, number> {
  return Object.fromEntries(
    [...stdout.matchAll(/(\d+) (written|unchanged|skipped|failed)/g)].map((match) => [
      match[2],
      Number(match[1]),
    ]),
  );
}

describe("broadsheet export", () => {
  it("exports one file as <slug>.md into --out, atomically, with a tally", async () => {
    const dir = await project({ "bridge.md": BRIDGE });
    const result = await run(["export", "content/bridge.md", "--out", "out"], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: "1 written\n", stderr: "" });
    expect(await filesIn(join(dir, "out"))).toEqual(["harbour-bridge-reopens.md"]);
    expect(await readFile(join(dir, "out", "harbour-bridge-reopens.md"), "utf8")).toBe(
      toMarkdown(parse(BRIDGE)),
    );
  });

  it("exports ./content into the current folder by default", async () => {
    const dir = await project({ "bridge.md": BRIDGE, "tunnel.md": TUNNEL });
    const result = await run(["export"], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: "2 written\n", stderr: "" });
    expect(await filesIn(dir)).toEqual(
      [".cache", "content", "harbour-bridge-reopens.md", "out", "tunnel-opens-early.md"].sort(),
    );
  });

  it("exports several files and folders, each file once", async () => {
    const dir = await project({ "bridge.md": BRIDGE, "tunnel.md": TUNNEL });
    const result = await run(
      ["export", "content/bridge.md", "content", "./content/tunnel.md", "--out", "out"],
      { cwd: dir },
    );
    expect(result).toEqual({ code: 0, stdout: "2 written\n", stderr: "" });
    expect(await filesIn(join(dir, "out"))).toEqual([
      "harbour-bridge-reopens.md",
      "tunnel-opens-early.md",
    ]);
  });

  it("reproduces every file of the publication's content/ byte for byte with --profile broadsheet", async () => {
    const out = await tempDir();
    const result = await run([
      "export",
      REPOSITORY_CONTENT,
      "--profile",
      "broadsheet",
      "--out",
      out,
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const names = (await readdir(REPOSITORY_CONTENT)).filter((name) => name.endsWith(".md"));
    expect(names.length).toBeGreaterThan(0);
    expect(result.stdout).toBe(`${names.length} written\n`);
    expect(await filesIn(out)).toEqual([...names].sort());
    for (const name of names) {
      const exported = await readFile(join(out, name));
      const original = await readFile(join(REPOSITORY_CONTENT, name));
      expect(exported.equals(original), `${name} differs from content/${name}`).toBe(true);
    }
  });

  it.each(PROFILE_NAMES)("writes the %s profile under its own file name", async (profile) => {
    const dir = await project({ "bridge.md": BRIDGE });
    const result = await run(["export", "content", "--profile", profile, "--out", "out"], {
      cwd: dir,
    });
    expect(result).toEqual({ code: 0, stdout: "1 written\n", stderr: "" });
    const article = parse(BRIDGE);
    const name = profileFileName(article, profile);
    expect(await filesIn(join(dir, "out"))).toEqual([name]);
    expect(await readFile(join(dir, "out", name), "utf8")).toBe(toMarkdown(article, { profile }));
  });

  it("writes Hashnode's domain field from --domain", async () => {
    const dir = await project({ "bridge.md": BRIDGE });
    const result = await run(
      [
        "export",
        "content/bridge.md",
        "--stdout",
        "--profile",
        "hashnode",
        "--domain",
        "Paper.hashnode.dev",
      ],
      { cwd: dir },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^domain: "paper\.hashnode\.dev"$/m);
    const without = await run(
      ["export", "content/bridge.md", "--stdout", "--profile", "hashnode"],
      {
        cwd: dir,
      },
    );
    expect(without.stdout).not.toMatch(/^domain:/m);
  });

  it("names Jekyll files by date, YYYY-MM-DD-slug.md", async () => {
    const dir = await project({ "bridge.md": BRIDGE });
    await run(["export", "--profile", "jekyll", "--out", "out"], { cwd: dir });
    expect(await filesIn(join(dir, "out"))).toEqual(["2025-09-14-harbour-bridge-reopens.md"]);
  });

  it("adds the attribution line with --attribution", async () => {
    const dir = await project({
      "bridge.md": BRIDGE.replace("---\n\n", "url: https://news.example/bridge\n---\n\n"),
    });
    const named = await run(
      ["export", "content/bridge.md", "--stdout", "--profile", "gfm", "--attribution", "The Paper"],
      { cwd: dir },
    );
    expect(named.code, named.stderr).toBe(0);
    expect(named.stdout).toMatch(/Originally published in .*The Paper/);
    const host = await run(
      ["export", "content/bridge.md", "--stdout", "--profile", "gfm", "--attribution"],
      { cwd: dir },
    );
    expect(host.stdout).toMatch(/Originally published at .*news\.example/);
    const none = await run(["export", "content/bridge.md", "--stdout", "--profile", "gfm"], {
      cwd: dir,
    });
    expect(none.stdout).not.toMatch(/Originally published/);
  });

  it("exports what a platform cannot show exactly, with a warning naming the file and block", async () => {
    const dir = await project({
      "bridge.md": articleMarkdown(
        "Harbour Bridge Reopens",
        "2025-09-14T08:00:00+02:00",
        "\n![A \\*starred\\* view](https://img.example/bridge.jpg)\n",
      ),
    });
    const hugo = await run(["export", "--profile", "hugo", "--out", "out"], { cwd: dir });
    expect(hugo.code, hugo.stderr).toBe(0);
    expect(hugo.stdout).toBe("1 written\n");
    expect(hugo.stderr).toBe(
      'broadsheet: content/bridge.md: body[5]: warning: the image https://img.example/bridge.jpg: Hugo 0.111 shows the alt text as "A \\\\*starred\\\\* view"\n',
    );
    const jekyll = await run(["export", "--profile", "jekyll", "--out", "out"], { cwd: dir });
    expect(jekyll).toEqual({ code: 0, stdout: "1 written\n", stderr: "" });
  });

  it("prints one article with --stdout and writes nothing", async () => {
    const dir = await project({ "bridge.md": BRIDGE, "tunnel.md": TUNNEL });
    const result = await run(["export", "content/bridge.md", "--stdout"], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: toMarkdown(parse(BRIDGE)), stderr: "" });
    expect(await filesIn(dir)).toEqual(["content", "out"]);
  });

  it("refuses --stdout for more than one article, writing nothing", async () => {
    const dir = await project({ "bridge.md": BRIDGE, "tunnel.md": TUNNEL });
    const result = await run(["export", "content", "--stdout"], { cwd: dir });
    expectOneLineError(
      result,
      2,
      /^broadsheet: --stdout prints one article, and 2 article files were given; use --out DIR/,
    );
    expect(result.stdout).toBe("");
  });

  it("never replaces an existing file without --force, and says so", async () => {
    const dir = await project({ "bridge.md": BRIDGE, "tunnel.md": TUNNEL });
    await writeFile(join(dir, "out", "tunnel-opens-early.md"), "edited by hand\n");
    const result = await run(["export", "content", "--out", "out"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "broadsheet: out/tunnel-opens-early.md: already exists with other text; pass --force to replace it, or choose another --out\n",
    );
    expect(result.stdout).toBe("1 written, 1 skipped (exists; use --force)\n");
    expect(await readFile(join(dir, "out", "tunnel-opens-early.md"), "utf8")).toBe(
      "edited by hand\n",
    );
    await expectNoTemporaryFiles(join(dir, "out"));
  });

  it("with --force, rewrites only the files whose text differs (unchanged files keep their mtime)", async () => {
    const dir = await project({ "bridge.md": BRIDGE, "tunnel.md": TUNNEL });
    expect((await run(["export", "content", "--out", "out"], { cwd: dir })).code).toBe(0);
    const bridge = join(dir, "out", "harbour-bridge-reopens.md");
    const tunnel = join(dir, "out", "tunnel-opens-early.md");
    const past = new Date("2020-01-01T00:00:00Z");
    await utimes(bridge, past, past);
    await writeFile(tunnel, "edited by hand\n");
    await utimes(tunnel, past, past);

    const again = await run(["export", "content", "--out", "out"], { cwd: dir });
    expect(again.stdout).toBe("0 written, 1 unchanged, 1 skipped (exists; use --force)\n");
    expect(again.code).toBe(1);

    const forced = await run(["export", "content", "--out", "out", "--force"], { cwd: dir });
    expect(forced).toEqual({ code: 0, stdout: "1 written, 1 unchanged\n", stderr: "" });
    expect((await stat(bridge)).mtime).toEqual(past);
    expect((await stat(tunnel)).mtime).not.toEqual(past);
    expect(await readFile(tunnel, "utf8")).toBe(toMarkdown(parse(TUNNEL)));
    await expectNoTemporaryFiles(join(dir, "out"));

    const idle = await run(["export", "content", "--out", "out"], { cwd: dir });
    expect(idle).toEqual({ code: 0, stdout: "0 written, 2 unchanged\n", stderr: "" });
  });

  it("writes the valid articles of a batch, reports each failure as validate does, and exits 1", async () => {
    const dir = await project({
      "bridge.md": BRIDGE,
      "broken.json": '{\n  "headline": "x"\n  "slug": "x"\n}\n',
      "link.md": articleMarkdown(
        "Bad Link",
        "2025-01-01T00:00:00Z",
        "\n[click](javascript:alert)\n",
      ),
      "tunnel.md": TUNNEL,
    });
    const result = await run(["export", "content", "--out", "out"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    const validated = await run(["validate", "content"], { cwd: dir });
    expect(result.stderr).toBe(validated.stderr);
    expect(result.stderr).toMatch(/^broadsheet: content\/broken\.json:3:3: invalid JSON/m);
    expect(result.stderr).toMatch(/^broadsheet: content\/link\.md:\d+/m);
    expect(result.stdout).toBe("2 written, 2 failed\n");
    expect(await filesIn(join(dir, "out"))).toEqual([
      "harbour-bridge-reopens.md",
      "tunnel-opens-early.md",
    ]);
  });

  it("refuses the second of two articles with one slug, naming both files", async () => {
    const dir = await project({
      "a.md": articleMarkdown("Same Headline", "2025-01-01T00:00:00Z"),
      "b.md": articleMarkdown("Same Headline", "2025-01-02T00:00:00Z"),
    });
    const result = await run(["export", "content", "--out", "out", "--profile", "jekyll"], {
      cwd: dir,
    });
    expectOneLineError(
      result,
      1,
      /^broadsheet: content\/b\.md: slug: "same-headline" is also the slug of content\/a\.md; give one of them another slug$/,
    );
    expect(result.stdout).toBe("1 written, 1 failed\n");
    expect(await filesIn(join(dir, "out"))).toEqual(["2025-01-01-same-headline.md"]);
  });

  it("refuses an unknown profile as a usage error listing the profiles", async () => {
    const dir = await project({ "bridge.md": BRIDGE });
    const result = await run(["export", "--profile", "wordpress", "--out", "out"], { cwd: dir });
    expectOneLineError(result, 2, new RegExp(`wordpress.*${PROFILE_NAMES.join(", ")}`));
    expect(await filesIn(join(dir, "out"))).toEqual([]);
  });

  it.each([
    [
      "a missing path",
      ["nope.md"],
      /^broadsheet: nope\.md: no such file or folder; check the path$/,
    ],
    [
      "a file that is not an article",
      ["notes.docx"],
      /^broadsheet: notes\.docx: is not an article file/,
    ],
    [
      "a missing --out folder",
      ["content", "--out", "nowhere"],
      /^broadsheet: nowhere: no such folder; create it first/,
    ],
    ["--out with --stdout", ["content", "--out", "out", "--stdout"], /cannot be used with option/],
    [
      "an empty --attribution",
      ["content", "--out", "out", "--attribution="],
      /--attribution "": the publication's name must not be empty; give the name on one line/,
    ],
    [
      "--domain with a profile other than hashnode",
      ["content", "--out", "out", "--domain", "paper.hashnode.dev"],
      /--domain is the Hashnode publication's host, for --profile hashnode only/,
    ],
    [
      "a --domain that is not a host name",
      ["content", "--out", "out", "--profile", "hashnode", "--domain", "https://paper.dev/x"],
      /--domain takes the publication's host name/,
    ],
  ])("fails on %s as a usage error and writes nothing", async (_case, args, message) => {
    const dir = await project({ "bridge.md": BRIDGE });
    await writeFiles(dir, { "notes.docx": "x" });
    const result = await run(["export", ...args], { cwd: dir });
    expectOneLineError(result, 2, message);
    expect(result.stdout).toBe("");
    expect(await filesIn(join(dir, "out"))).toEqual([]);
  });

  it("says what to do when there is no content folder", async () => {
    const dir = await tempDir();
    expectOneLineError(
      await run(["export"], { cwd: dir }),
      2,
      /^broadsheet: content: no content folder here; .*pass files or folders to export/,
    );
  });

  it("reports a folder it may not write to, per file, without temporary files", async () => {
    const dir = await project({ "bridge.md": BRIDGE, "tunnel.md": TUNNEL });
    await chmod(join(dir, "out"), 0o555);
    const result = await run(["export", "content", "--out", "out"], {
      cwd: dir,
      unprivileged: true,
    });
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n").filter(Boolean)).toEqual([
      "broadsheet: out/harbour-bridge-reopens.md: cannot be written: permission denied; choose another --out or check the folder's permissions",
      "broadsheet: out/tunnel-opens-early.md: cannot be written: permission denied; choose another --out or check the folder's permissions",
    ]);
    expect(result.stdout).toBe("0 written, 2 failed\n");
    expect(await filesIn(join(dir, "out"))).toEqual([]);
  });

  it("says so when a folder has no article files", async () => {
    const dir = await project({});
    expect(await run(["export", "--out", "out"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "no article files found (.md, .markdown, .txt or .json)\n",
      stderr: "",
    });
  });

  it("draws a progress bar only when stderr is a terminal", async (context) => {
    const script = spawnSync("script", ["--version"]);
    if (script.error) {
      if (process.env.CI === "true") throw new Error("script(1) from util-linux is needed");
      context.skip("script(1) is not installed: cannot give the export a terminal");
    }
    const dir = await project({ "bridge.md": BRIDGE, "tunnel.md": TUNNEL });
    const command = `${process.execPath} ${BIN} export content --out out`;
    const terminal = spawnSync("script", ["-qec", command, "/dev/null"], {
      cwd: dir,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", TERM: "xterm" },
    });
    expect(terminal.status).toBe(0);
    expect(terminal.stdout).toMatch(/exporting .*\d\/2/);
    expect(terminal.stdout).toContain("2 written");
    // Piped, the same export prints nothing but the tally (the other tests check stderr is empty).
  });

  it("stops cleanly on Ctrl-C: finishes the files in hand, prints the tally, exits 130", async () => {
    const dir = await project({});
    const count = 3000;
    await writeFiles(
      join(dir, "content"),
      Object.fromEntries(
        Array.from({ length: count }, (_, n) => [
          `story-${n}.md`,
          articleMarkdown(`Story number ${n}`, "2025-01-01T00:00:00Z"),
        ]),
      ),
    );
    const child = spawn(process.execPath, [BIN, "export", "content", "--out", "out"], {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    while ((await readdir(join(dir, "out"))).length < 5) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill("SIGINT");
    const code = await exited;
    expect(code).toBe(130);
    const [, written = Number.NaN, left = Number.NaN] = (
      /^(\d+) written; stopped, (\d+) not exported\n$/.exec(stdout) ?? []
    ).map(Number);
    expect(written).toBeGreaterThan(0);
    expect(written + left).toBe(count);
    const names = await readdir(join(dir, "out"));
    expect(names).toHaveLength(written);
    expect(names.filter((name) => name.startsWith("."))).toEqual([]);
  }, 120_000);

  it("two identical exports into one folder at once both succeed: the same bytes are unchanged, never a conflict", async () => {
    const dir = await project({});
    const count = 300;
    await manyArticles(dir, count);
    const args = ["export", "content", "--profile", "hugo", "--out", "out"];
    const [first, second] = await Promise.all([run(args, { cwd: dir }), run(args, { cwd: dir })]);
    for (const result of [first, second]) {
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^\d+ written(, \d+ unchanged)?\n$/);
    }
    const [a, b] = [tallyOf(first?.stdout ?? ""), tallyOf(second?.stdout ?? "")];
    expect((a.written ?? 0) + (b.written ?? 0)).toBe(count);
    expect((a.unchanged ?? 0) + (b.unchanged ?? 0)).toBe(count);
    await mkdir(join(dir, "alone"));
    await run(["export", "content", "--profile", "hugo", "--out", "alone"], { cwd: dir });
    const names = await readdir(join(dir, "out"));
    expect(names.sort()).toEqual((await readdir(join(dir, "alone"))).sort());
    for (const name of names) {
      expect(await readFile(join(dir, "out", name), "utf8")).toBe(
        await readFile(join(dir, "alone", name), "utf8"),
      );
    }
  });

  it("after a SIGKILL mid-batch, the next export removes the stray temporary files and completes", async () => {
    const dir = await project({});
    const count = 1000;
    await manyArticles(dir, count);
    const out = join(dir, "out");
    const strays = async () => (await readdir(out)).filter((name) => name.endsWith(".tmp"));
    let seen = 0;
    // A kill lands between opening and renaming a temporary file often, not always: a few tries.
    for (let attempt = 0; attempt < 12 && seen === 0; attempt++) {
      const child = spawn(process.execPath, [BIN, "export", "content", "--out", "out"], {
        cwd: dir,
        stdio: "ignore",
      });
      const exited = new Promise((resolve) => child.on("close", resolve));
      const before = (await readdir(out)).length;
      while ((await readdir(out)).length < Math.min(before + 20, count - 50)) {
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      child.kill("SIGKILL");
      await exited;
      seen = (await strays()).length;
    }
    expect(seen, "no SIGKILL left a temporary file to clean").toBeGreaterThan(0);
    const again = await run(["export", "content", "--out", "out"], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stderr).toBe("");
    const tally = tallyOf(again.stdout);
    expect((tally.written ?? 0) + (tally.unchanged ?? 0)).toBe(count);
    expect(await strays()).toEqual([]);
    expect(await readdir(out)).toHaveLength(count);
  }, 120_000);

  it("says what is in the way and what will work: a link (replaced itself with --force), a folder (never)", async () => {
    const dir = await project({ "bridge.md": BRIDGE });
    const target = join(dir, "out", "harbour-bridge-reopens.md");
    await symlink("/nonexistent/bridge.md", target);
    const refused = await run(["export", "content", "--out", "out"], { cwd: dir });
    expect(refused).toEqual({
      code: 1,
      stdout: "0 written, 1 skipped (exists; use --force)\n",
      stderr:
        "broadsheet: out/harbour-bridge-reopens.md: is a symbolic link to /nonexistent/bridge.md (missing); pass --force to replace the link itself (what it points to is left alone), or choose another --out\n",
    });
    expect(await readlink(target)).toBe("/nonexistent/bridge.md");
    const forced = await run(["export", "content", "--out", "out", "--force"], { cwd: dir });
    expect(forced).toEqual({ code: 0, stdout: "1 written\n", stderr: "" });
    expect((await lstat(target)).isFile()).toBe(true);

    const exported = await readFile(target, "utf8");
    await writeFile(join(dir, "elsewhere.md"), exported);
    await rm(target);
    await symlink("../elsewhere.md", target);
    const live = await run(["export", "content", "--out", "out"], { cwd: dir });
    expect(live.stderr).toMatch(/: is a symbolic link to \.\.\/elsewhere\.md; pass --force/);
    expect(live.code).toBe(1);
    expect((await run(["export", "content", "--out", "out", "--force"], { cwd: dir })).code).toBe(
      0,
    );
    expect((await lstat(target)).isFile()).toBe(true);
    expect(await readFile(join(dir, "elsewhere.md"), "utf8")).toBe(exported);

    await rm(target);
    await mkdir(target);
    for (const force of [[], ["--force"]]) {
      const folder = await run(["export", "content", "--out", "out", ...force], { cwd: dir });
      expect(folder).toEqual({
        code: 1,
        stdout: "0 written, 1 failed\n",
        stderr:
          "broadsheet: out/harbour-bridge-reopens.md: is a folder; remove it or choose another --out\n",
      });
    }
  });

  it.each([
    ["an escape sequence", "The \u001B]2;Owned\u0007Paper"],
    ["a BEL", "The Paper\u0007"],
    ["a bidi override", "The \u202EPaper"],
    ["a line break", "The\nPaper"],
  ])("refuses an --attribution with %s, by the schema's rule for text", async (_case, name) => {
    const dir = await project({ "bridge.md": BRIDGE });
    const result = await run(["export", "content", "--out", "out", "--attribution", name], {
      cwd: dir,
    });
    expectOneLineError(result, 2, /^broadsheet: --attribution .*: the publication's name must/);
    expect(await filesIn(join(dir, "out"))).toEqual([]);
  });
});
