import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import stringWidth from "string-width";
import { describe, expect, it, onTestFinished } from "vitest";
import { TmuxSession, tmuxSessionsOfFile } from "../testing/tmux-session.js";
import { displayWidth } from "./display-width.js";
import { TRICKY_TEXTS, WIDER_THAN_TMUX } from "./test-tricky-characters.js";

/**
 * The reader's widths against what tmux draws. A script in a 200×50 tmux pane prints each text
 * at the start of a cleared row, then a `|` marker, and asks tmux where its cursor is (a cursor
 * position report, `ESC [ 6 n`, which tmux answers from its own grid after drawing what came
 * before: the same column as `#{cursor_x}`). The column before the marker is the text's width.
 */

const PROBE = `
import { readFileSync, writeFileSync } from "node:fs";
const [input, output] = process.argv.slice(2);
const texts = JSON.parse(readFileSync(input, "utf8"));
process.stdin.setRawMode(true);
let pending = "";
let answer;
process.stdin.on("data", (data) => {
  pending += data.toString("latin1");
  const report = /\\u001b\\[(\\d+);(\\d+)R/.exec(pending);
  if (report) {
    pending = pending.slice(report.index + report[0].length);
    answer(Number(report[2]) - 1);
  }
});
const columns = [];
for (const text of texts) {
  const column = await new Promise((resolve) => {
    answer = resolve;
    process.stdout.write("\\r\\u001b[2K" + text + "|\\u001b[6n");
  });
  columns.push(column - 1);
}
writeFileSync(output, JSON.stringify(columns));
process.stdin.once("data", () => process.exit(0));
`;

const { sessions, runTmux } = tmuxSessionsOfFile("compare widths with");

async function waitForFile(file: string, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  while (
    !(await stat(file).then(
      () => true,
      () => false,
    ))
  ) {
    if (Date.now() > deadline) throw new Error(`tmux probe wrote no ${file}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const codes = (text: string) =>
  [...text].map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}`).join(" ");

describe.runIf(runTmux)("the reader's widths against tmux", () => {
  it("are what tmux draws, or wider only where documented, never narrower", async () => {
    const dir = await mkdtemp(join(tmpdir(), "broadsheet-reader-"));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    await writeFile(join(dir, "probe.mjs"), PROBE);
    await writeFile(join(dir, "texts.json"), JSON.stringify(TRICKY_TEXTS.map(({ text }) => text)));
    const session = await TmuxSession.start({ cwd: dir, width: 200, height: 50 });
    sessions.push(session);
    await session.command(`${JSON.stringify(process.execPath)} probe.mjs texts.json columns.json`);
    const output = join(dir, "columns.json");
    await waitForFile(output, 20_000);
    const drawn = JSON.parse(await readFile(output, "utf8")) as number[];
    expect(drawn).toHaveLength(TRICKY_TEXTS.length);
    const last = drawn[drawn.length - 1] as number;
    expect(Number(await session.display("#{cursor_x}"))).toBe(last + 1);
    await session.press("q");

    const report: string[] = [];
    TRICKY_TEXTS.forEach(({ name, text }, index) => {
      const tmux = drawn[index] as number;
      const reader = displayWidth(text);
      const library = stringWidth(text);
      const allowedWider = WIDER_THAN_TMUX.has(name);
      const ok =
        reader >= library &&
        (reader === tmux || (allowedWider && reader > tmux && reader === library));
      if (!ok) {
        report.push(
          `${name} (${codes(text)}): tmux ${tmux}, reader ${reader}, string-width ${library}${allowedWider ? " (documented as wider)" : ""}`,
        );
      }
    });
    expect(report).toEqual([]);
  });
});
