import { execFile } from "node:child_process";
import { chmod, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, expect } from "vitest";

/** The built CLI (`BROADSHEET_TEST_BIN` names another build, e.g. an older one to see a test fail). */
export const BIN =
  process.env.BROADSHEET_TEST_BIN ??
  join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "broadsheet.js");

/** The root user reads every file, so permission cases run as `nobody` through setpriv. */
export const RUN_AS_NOBODY = process.getuid?.() === 0;

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options for {@link run}. */
export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Run as an unprivileged user (needed to test permission errors when the tests run as root). */
  unprivileged?: boolean;
}

/** Runs `node dist/broadsheet.js ARGS` and collects its exit status and output; never rejects. */
export function run(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? "", ...options.env };
  const [command, commandArgs] =
    options.unprivileged && RUN_AS_NOBODY
      ? [
          "setpriv",
          ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, BIN, ...args],
        ]
      : [process.execPath, [BIN, ...args]];
  return new Promise((resolve) => {
    execFile(
      command,
      commandArgs as string[],
      { cwd: options.cwd ?? tmpdir(), env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh temporary folder, open to every user (for the unprivileged runs), removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "broadsheet-cli-"));
  await chmod(dir, 0o755);
  made.push(dir);
  return dir;
}

/** Writes files into a folder: name -> text or bytes. */
export async function writeFiles(
  dir: string,
  files: Record<string, string | Uint8Array>,
): Promise<void> {
  await Promise.all(Object.entries(files).map(([name, data]) => writeFile(join(dir, name), data)));
}

/** The names in a folder, sorted. */
export async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

/**
 * Checks the shape every bad-input failure must have: the exit status, exactly one stderr line
 * `broadsheet: …` matching `message`, and no stack trace.
 */
export function expectOneLineError(result: RunResult, code: number, message: RegExp): void {
  expect(result.stderr).not.toMatch(/^\s+at /m);
  const lines = result.stderr.split("\n").filter(Boolean);
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^broadsheet: /);
  expect(lines[0]).toMatch(message);
  expect(result.code).toBe(code);
}

/** A wire story as agencies send it. */
export const WIRE_STORY = `Harbour Bridge Reopens After Two-Year Repair

By Ada Park
The Associated Press

MALMÖ, Sweden (AP) — The harbour bridge reopened on Sunday after two years of repairs, and the first commuters crossed at dawn.

"It is good to have it back," said Lena Berg, who cycles across every day.

WHAT IT COST

The city paid 10 million kronor more than planned, officials said.

The mayor said the work was worth it.
`;

/** A valid article in Broadsheet Markdown. */
export function articleMarkdown(headline: string, date: string, extra = ""): string {
  return `---\nheadline: ${JSON.stringify(headline)}\ndatePublished: "${date}"\ndateline:\n  place: "Malmö, Sweden"\n  source: AP\n---\n\nThe bridge reopened on Sunday after two years of repairs.\n\n## What it cost\n\nA lot of money.\n\n## What next\n\nMore bridges.\n${extra}`;
}
