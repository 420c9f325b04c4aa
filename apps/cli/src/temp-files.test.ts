import { spawnSync } from "node:child_process";
import { mkdir, readdir, symlink, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { removeStrayTempFiles, STRAY_AGE_MS, tempFileName } from "./temp-files.js";
import { tempDir } from "./test-binary.js";

/** The id of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], {
    encoding: "utf8",
  });
  return Number(child.stdout.trim());
}

describe("temporary files", () => {
  it("are hidden and name their process and machine", () => {
    const name = tempFileName();
    expect(name).toMatch(
      new RegExp(`^\\.broadsheet-${process.pid}-[0-9a-f]{8}-[0-9a-f]{12}\\.tmp$`),
    );
    expect(tempFileName()).not.toBe(name);
  });

  it("never repeat a name within a process", () => {
    const names = Array.from({ length: 10_000 }, () => tempFileName());
    expect(new Set(names).size).toBe(names.length);
    for (const name of names)
      expect(name).toMatch(/^\.broadsheet-\d+-[0-9a-f]{8}-[0-9a-f]{12}\.tmp$/);
  });

  it("left by a process that is gone, or untouched for long, are removed; a live one's never", async () => {
    const dir = await tempDir();
    const ours = tempFileName();
    const host = ours.split("-")[2];
    const dead = `.broadsheet-${deadPid()}-${host}-0123456789ab.tmp`;
    const elsewhereFresh = ".broadsheet-1-00000000-0123456789ab.tmp";
    const elsewhereOld = ".broadsheet-2-00000000-0123456789ab.tmp";
    const liveOld = `.broadsheet-${process.pid}-${host}-0123456789ac.tmp`;
    const others = ["story.md", ".broadsheet-x.tmp", ".story.md.123.0123456789ab.tmp"];
    for (const name of [ours, dead, elsewhereFresh, elsewhereOld, liveOld, ...others]) {
      await writeFile(join(dir, name), "");
    }
    const old = new Date(Date.now() - STRAY_AGE_MS - 60_000);
    await utimes(join(dir, elsewhereOld), old, old);
    await utimes(join(dir, liveOld), old, old);
    await mkdir(join(dir, `.broadsheet-${deadPid()}-${host}-0123456789ad.tmp`));
    await symlink("story.md", join(dir, `.broadsheet-${deadPid()}-${host}-0123456789ae.tmp`));

    expect(await removeStrayTempFiles(dir)).toBe(3);
    const left = await readdir(dir);
    expect(left).toContain(ours);
    expect(left).toContain(elsewhereFresh);
    expect(left).not.toContain(dead);
    expect(left).not.toContain(elsewhereOld);
    expect(left).not.toContain(liveOld);
    for (const name of others) expect(left).toContain(name);
    expect(left).toHaveLength(others.length + 4);
  });

  it("cleaning a missing folder removes nothing and does not throw", async () => {
    expect(await removeStrayTempFiles(join(await tempDir(), "gone"))).toBe(0);
  });
});
