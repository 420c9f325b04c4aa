import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { TmuxSession, tmuxSessionsOfFile } from "@broadsheet/reader/testing";
import { describe, expect, it } from "vitest";
import { BIN, tempDir } from "../test-binary.js";

/**
 * `broadsheet read` in tmux with text whose width string-width underestimates: every row must
 * stay within the pane, so the headline stays on the first row and the status line on the last
 * but one, whole.
 */

const { sessions, runTmux } = tmuxSessionsOfFile();

const THUMBS = "\u{1F44D}\u{1F3FD}";
const CODER = "\u{1F469}\u{1F3FD}\u200d\u{1F4BB}";
const FILLER = "\u3164";
const CHOSEONG = "\u115F";
const KSSA = "\u0915\u094D\u0937";

function article(): string {
  const words = [THUMBS, `x${FILLER}${FILLER}y`, CODER, `${CHOSEONG}a`, KSSA, "a\u00ADb", "word"];
  const paragraph = Array.from({ length: 90 }, (_, i) => words[i % words.length]).join("");
  const body = Array.from({ length: 6 }, (_, i) => `P${i} ${paragraph}`).join("\n\n");
  return `---\nheadline: "Top ${CODER}${THUMBS}${FILLER}${FILLER}${CODER}${THUMBS}${CODER}${THUMBS}${FILLER}${CODER}${THUMBS}${CODER}${THUMBS}${CODER}${THUMBS}${CODER}${THUMBS} end"\ndatePublished: "2025-09-14T08:00:00+02:00"\n---\n\n${body}\n`;
}

describe.runIf(runTmux)("broadsheet read with wide and invisible-looking characters (tmux)", () => {
  it.each([40, 61])("keeps every row within a %i-column pane", async (width) => {
    const dir = await tempDir();
    await writeFile(join(dir, "article.md"), article());
    const height = 20;
    const session = await TmuxSession.start({
      cwd: dir,
      width,
      height,
      env: { XDG_STATE_HOME: join(dir, "state") },
    });
    sessions.push(session);
    await session.command(`node ${BIN} read --no-resume article.md; echo "status=$?"`);
    let screen = await session.waitFor((s) => s.includes("h help"), 15_000);
    for (let page = 0; page < 4; page++) {
      const rows = screen.replace(/\n$/, "").split("\n");
      expect(rows, screen).toHaveLength(height);
      if (page === 0) expect(rows[0], screen).toMatch(/Top/);
      expect(rows[height - 2], screen).toMatch(/h help\s*$/);
      expect(rows[height - 1]?.trim(), screen).toBe("");
      const cursor = Number(await session.display("#{cursor_y}"));
      expect(cursor).toBeLessThan(height);
      await session.press("Space");
      screen = await session
        .waitFor((s) => s.includes("h help") && s !== screen, 5_000)
        .catch(() => screen);
    }
    await session.press("q");
    await session.waitFor("status=0", 5_000);
  });
});
