import { mkdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { articleMarkdown, filesIn, run, tempDir, writeFiles } from "../test-binary.js";

const LONG_AGO = new Date("2020-01-01T00:00:00Z");
const BRIDGE = articleMarkdown("Harbour Bridge Reopens", "2025-09-14T08:00:00+02:00");
const TUNNEL = articleMarkdown("Tunnel Opens Early", "2025-10-01T07:30:00Z");

/** A project with content/ (files dated long ago) and out/; the index goes in its own cache folder. */
async function project(): Promise<{ dir: string; content: string; env: Record<string, string> }> {
  const dir = await tempDir();
  const content = join(dir, "content");
  await mkdir(content);
  await mkdir(join(dir, "out"));
  await writeFiles(content, { "bridge.md": BRIDGE, "tunnel.md": TUNNEL });
  for (const name of ["bridge.md", "tunnel.md"]) {
    await utimes(join(content, name), LONG_AGO, LONG_AGO);
  }
  return { dir, content, env: { BROADSHEET_CACHE_DIR: join(dir, "cache") } };
}

describe("validate, export and read through the content index", () => {
  it("keeps the index in BROADSHEET_CACHE_DIR, and a deleted index is rebuilt", async () => {
    const { dir, env } = await project();
    expect((await run(["validate"], { cwd: dir, env })).stdout).toBe("2 articles valid\n");
    expect((await filesIn(join(dir, "cache")))[0]).toMatch(/^content-[0-9a-f]{16}\.sqlite$/);
    expect(await filesIn(dir)).toEqual(["cache", "content", "out"]);
    await rm(join(dir, "cache"), { recursive: true });
    expect((await run(["validate"], { cwd: dir, env })).stdout).toBe("2 articles valid\n");
  });

  it("validate sees an edit made behind its back with the same size and mtime", async () => {
    const { dir, content, env } = await project();
    expect((await run(["validate"], { cwd: dir, env })).code).toBe(0);
    const file = join(content, "bridge.md");
    const broken = BRIDGE.replace('datePublished: "2025', 'datePublished: "XXXX');
    expect(broken.length).toBe(BRIDGE.length);
    await writeFile(file, broken);
    await utimes(file, LONG_AGO, LONG_AGO);
    const result = await run(["validate"], { cwd: dir, env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^broadsheet: content\/bridge\.md:3: datePublished: /);
    expect(result.stdout).toBe("1 of 2 articles valid; 1 error in 1 file\n");
  });

  it("a second export of the unchanged archive rewrites nothing; a changed article or output is written again", async () => {
    const { dir, content, env } = await project();
    const out = join(dir, "out");
    expect((await run(["export", "--out", "out"], { cwd: dir, env })).stdout).toBe("2 written\n");
    const written = join(out, "harbour-bridge-reopens.md");
    const before = (await stat(written)).mtimeMs;
    expect((await run(["export", "--out", "out"], { cwd: dir, env })).stdout).toBe(
      "0 written, 2 unchanged\n",
    );
    expect((await stat(written)).mtimeMs).toBe(before);

    await writeFile(
      join(content, "tunnel.md"),
      TUNNEL.replace("A lot of money.", "Rather a lot of money."),
    );
    const changed = await run(["export", "--out", "out", "--force"], { cwd: dir, env });
    expect(changed.stdout).toBe("1 written, 1 unchanged\n");
    expect(await readFile(join(out, "tunnel-opens-early.md"), "utf8")).toContain("Rather a lot");

    await writeFile(written, "edited by hand\n");
    const forced = await run(["export", "--out", "out", "--force"], { cwd: dir, env });
    expect(forced.stdout).toBe("1 written, 1 unchanged\n");
    expect(await readFile(written, "utf8")).not.toBe("edited by hand\n");
  });

  it("read lists the library from the index, newest first, and follows an edit", async () => {
    const { dir, content, env } = await project();
    const first = await run(["read"], { cwd: dir, env });
    expect(first.stdout.split("\n")[0]).toMatch(
      /^2025-10-01 {2}tunnel-opens-early {2}Tunnel Opens Early$/,
    );
    await writeFile(join(content, "bridge.md"), BRIDGE.replace("2025-09-14", "2025-11-02"));
    const second = await run(["read"], { cwd: dir, env });
    expect(second.stdout.split("\n")[0]).toMatch(/^2025-11-02 {2}harbour-bridge-reopens {2}/);
    const bySlug = await run(["read", "tunnel-opens-early", "--width", "40"], { cwd: dir, env });
    expect(bySlug.stdout).toContain("Tunnel Opens Early");
  });

  it("works when the cache cannot be written", async () => {
    const { dir } = await project();
    await writeFile(join(dir, "blocked"), "a file where a folder should be");
    const env = { BROADSHEET_CACHE_DIR: join(dir, "blocked", "cache") };
    expect(await run(["validate"], { cwd: dir, env })).toEqual({
      code: 0,
      stdout: "2 articles valid\n",
      stderr: "",
    });
    expect((await run(["export", "--out", "out"], { cwd: dir, env })).stdout).toBe("2 written\n");
  });
});
