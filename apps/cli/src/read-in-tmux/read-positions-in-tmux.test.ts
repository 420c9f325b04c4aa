import { execFileSync } from "node:child_process";
import type { Stats } from "node:fs";
import { lstat, mkdir, readFile, readlink, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { MAX_POSITIONS_FILE_BYTES } from "@broadsheet/reader/screen";
import { TmuxSession, tmuxSessionsOfFile } from "@broadsheet/reader/testing";
import { describe, expect, it } from "vitest";
import { articleMarkdown, BIN, tempDir } from "../test-binary.js";

/**
 * `broadsheet read` in tmux with a positions file that is not a regular file of the reader's
 * own: the article must appear, `q` must quit at once, and the file must be left as it was.
 */

const { sessions, runTmux } = tmuxSessionsOfFile();

type Prepare = (file: string) => Promise<void>;

const CASES: [string, Prepare, RegExp | undefined][] = [
  ["a FIFO", async (file) => void execFileSync("mkfifo", [file]), /is a FIFO, not a regular file/],
  [
    "a symbolic link to /dev/zero",
    (file) => symlink("/dev/zero", file),
    /is a symbolic link to a character device, not a regular file/,
  ],
  [
    "a file over the size limit",
    (file) => writeFile(file, " ".repeat(MAX_POSITIONS_FILE_BYTES + 1)),
    /is larger than 1024 KB/,
  ],
  ["damaged JSON", (file) => writeFile(file, '{"version":1,"positions":{"a":'), /damaged JSON/],
  ["a folder", (file) => mkdir(file), /is a folder, not a regular file/],
];

/**
 * Opens `article.md` in the reader in tmux with a positions file made by `prepare`, and waits for
 * its first screen.
 */
async function readWithPositionsFile(
  prepare: Prepare,
): Promise<{ session: TmuxSession; file: string; before: Stats }> {
  const dir = await tempDir();
  await writeFile(
    join(dir, "article.md"),
    articleMarkdown("Harbour Bridge", "2025-09-14T08:00:00+02:00"),
  );
  const state = join(dir, "state");
  await mkdir(join(state, "broadsheet"), { recursive: true });
  const file = join(state, "broadsheet", "positions.json");
  await prepare(file);
  const before = await lstat(file);
  const session = await TmuxSession.start({ cwd: dir, width: 250, env: { XDG_STATE_HOME: state } });
  sessions.push(session);
  await session.command(`node ${BIN} read article.md; echo "status=$?"`);
  await session.waitFor((s) => s.includes("Harbour Bridge") && s.includes("h help"), 15_000);
  return { session, file, before };
}

describe.runIf(runTmux)("broadsheet read with a hostile positions file (tmux)", () => {
  it.each(CASES)(
    "shows the article and quits on q when the positions file is %s",
    async (_name, prepare, warning) => {
      const { session, file, before } = await readWithPositionsFile(prepare);
      await session.press("q");
      const screen = await session.waitFor("status=0", 5_000);
      if (warning) {
        const lines = screen.split("\n").filter((line) => line.includes("warning"));
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/^broadsheet: warning: .*positions\.json: /);
        expect(lines[0]).toMatch(warning);
      }
      const after = await lstat(file);
      if (!before.isFile()) {
        expect(after.ino).toBe(before.ino);
        expect(after.mode).toBe(before.mode);
      }
      if (before.isSymbolicLink()) expect(await readlink(file)).toBe("/dev/zero");
      if (before.isFile() && before.size > MAX_POSITIONS_FILE_BYTES) {
        expect((await readFile(file, "utf8")).trim()).toBe("");
      }
    },
  );

  it("quits on SIGTERM with a FIFO as positions file", async () => {
    const { session } = await readWithPositionsFile(async (file) => {
      execFileSync("mkfifo", [file]);
    });
    const [reader] = await session.childPids();
    expect(reader).toBeDefined();
    process.kill(reader as number, "SIGTERM");
    await session.waitFor("status=143", 5_000);
  });
});
