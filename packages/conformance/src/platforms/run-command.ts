import { spawn } from "node:child_process";

/** How to run a command. */
export interface RunOptions {
  cwd?: string;
  input?: string;
  env?: NodeJS.ProcessEnv;
  /** Milliseconds before the command is killed (default two minutes). */
  timeout?: number;
}

/** What a finished command printed. */
export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end and returns its exit code and output; never rejects on a non-zero exit. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["pipe", "pipe", "pipe"],
      timeout: options.timeout ?? 120_000,
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
      }),
    );
    child.stdin.on("error", () => {});
    child.stdin.end(options.input ?? "");
  });
}

/** Runs a command and returns its standard output; rejects with its error output on failure. */
export async function runChecked(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<string> {
  const result = await runCommand(command, args, options);
  if (result.code !== 0) {
    const detail = (result.stderr || result.stdout)
      .trim()
      .split("\n")
      .filter((line) => !/^\s+at /.test(line) && !/^Node\.js v/.test(line) && line.trim() !== "")
      .slice(-12)
      .join("\n");
    const called = [command, ...args].join(" ");
    const shown = called.includes("\n") || called.length > 120 ? command : called;
    throw new Error(`${shown} exited with ${result.code}:\n${detail}`);
  }
  return result.stdout;
}

/** The path of a command on PATH, or undefined. */
export async function whichCommand(command: string): Promise<string | undefined> {
  const result = await runCommand("sh", ["-c", `command -v ${command}`]);
  const path = result.stdout.trim();
  return result.code === 0 && path !== "" ? path : undefined;
}
