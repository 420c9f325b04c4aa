import { execFile, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, it } from "vitest";

const run = promisify(execFile);

/**
 * The environment tmux runs with: the server copies it to every pane, so it is kept to what a
 * login shell would have, in UTF-8. Nothing of the test runner's (CI=true included) leaks in.
 */
function tmuxEnv(home: string): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? "", HOME: home, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" };
}

/** Whether tmux can be run here. */
export const HAS_TMUX = spawnSync("tmux", ["-V"], { stdio: "ignore" }).status === 0;

/**
 * Why the tmux tests cannot run, or undefined when they can. The caller skips them with this
 * message locally, and fails in CI (`CI=true`), where .ci/run installs tmux.
 */
export const TMUX_MISSING = HAS_TMUX
  ? undefined
  : "tmux is not installed: the terminal tests of `broadsheet read` were skipped (apt-get install tmux)";

/** tmux's settings for the tests: no status bar, no delay after Esc, OSC 52 reaching the buffers. */
const CONFIG = [
  "set -g status off",
  "set -g escape-time 0",
  "set -g set-clipboard on",
  "set -g history-limit 1000",
  "set -g default-terminal screen",
].join("\n");

/** Whether a process is still running: it exists and is not a zombie waiting to be reaped. */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/** Options of {@link TmuxSession.start}. */
export interface TmuxStartOptions {
  width?: number;
  height?: number;
  cwd: string;
  /** Variables for the shell in the pane (added to PATH, HOME and TERM). */
  env?: Record<string, string>;
}

/**
 * A private tmux server (its own socket) with one session running a plain `sh`, driven like a
 * person would: typing keys, reading the screen. Kill it after the test.
 */
export class TmuxSession {
  readonly socket = `broadsheet-test-${process.pid}-${randomBytes(4).toString("hex")}`;

  private constructor(readonly dir: string) {}

  /** Starts the server and the shell, and waits for its prompt. */
  static async start(options: TmuxStartOptions): Promise<TmuxSession> {
    const session = new TmuxSession(options.cwd);
    const config = join(options.cwd, ".tmux.conf");
    await writeFile(config, `${CONFIG}\n`);
    const env = { PS1: "$ ", ...options.env };
    await run(
      "tmux",
      [
        "-L",
        session.socket,
        "-f",
        config,
        "new-session",
        "-d",
        "-s",
        "main",
        "-x",
        String(options.width ?? 100),
        "-y",
        String(options.height ?? 30),
        "-c",
        options.cwd,
        ...Object.entries(env).flatMap(([name, value]) => ["-e", `${name}=${value}`]),
        "sh",
      ],
      { env: tmuxEnv(options.cwd) },
    );
    await session.waitFor(/^[#$]\s*$/m);
    return session;
  }

  /** Runs a tmux command on this server and returns its output. */
  async tmux(...args: string[]): Promise<string> {
    const { stdout } = await run("tmux", ["-L", this.socket, ...args], { env: tmuxEnv(this.dir) });
    return stdout;
  }

  /** Types text literally (no key names). */
  async type(text: string): Promise<void> {
    await this.tmux("send-keys", "-t", "main", "-l", text);
  }

  /** Presses keys by tmux's names: `Enter`, `Escape`, `PageDown`, `C-c`, `F1`, `j`. */
  async press(...keys: string[]): Promise<void> {
    await this.tmux("send-keys", "-t", "main", ...keys);
  }

  /** Types a command line into the shell and presses Enter. */
  async command(line: string): Promise<void> {
    await this.type(line);
    await this.press("Enter");
  }

  /** The visible screen, one string per row, trailing spaces removed. */
  async screen(): Promise<string> {
    return this.tmux("capture-pane", "-p", "-t", "main");
  }

  /** The screen with its escape sequences (colours, attributes). */
  async screenWithEscapes(): Promise<string> {
    return this.tmux("capture-pane", "-p", "-e", "-t", "main");
  }

  /** A tmux format value of the pane, like `#{pane_title}`. */
  async display(format: string): Promise<string> {
    return (await this.tmux("display-message", "-p", "-t", "main", format)).replace(/\n$/, "");
  }

  /** The names of tmux's paste buffers (where OSC 52 clipboard writes land). */
  async buffers(): Promise<string> {
    return this.tmux("list-buffers");
  }

  /** Resizes the window (and so the pane). */
  async resize(width: number, height: number): Promise<void> {
    await this.tmux("resize-window", "-t", "main", "-x", String(width), "-y", String(height));
  }

  /** The processes running under the pane's shell. */
  async childPids(): Promise<number[]> {
    const shell = await this.display("#{pane_pid}");
    const { stdout } = await run("ps", ["-o", "pid=", "--ppid", shell]).catch(() => ({
      stdout: "",
    }));
    return stdout
      .split("\n")
      .map((line) => Number(line.trim()))
      .filter((pid) => pid > 0);
  }

  /**
   * Polls the screen until `expected` matches it (text to contain, a pattern, or a predicate) on
   * two captures in a row that are the same, so a frame caught half drawn never passes, and
   * returns that screen; throws with the last screen after `timeout` ms.
   */
  async waitFor(
    expected: string | RegExp | ((screen: string) => boolean),
    timeout = 10_000,
  ): Promise<string> {
    const matches =
      typeof expected === "function"
        ? expected
        : typeof expected === "string"
          ? (screen: string) => screen.includes(expected)
          : (screen: string) => expected.test(screen);
    const deadline = Date.now() + timeout;
    let screen = "";
    let previous: string | undefined;
    for (;;) {
      screen = await this.screen();
      if (matches(screen)) {
        if (screen === previous || Date.now() > deadline) return screen;
        previous = screen;
        await new Promise((resolve) => setTimeout(resolve, 15));
        continue;
      }
      previous = undefined;
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${String(expected)}; the screen was:\n${screen}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  }

  /**
   * Stops the server and waits until every process that ran in the pane has exited, so nothing
   * still writes into the test's folder when it is removed.
   */
  async kill(): Promise<void> {
    const shell = Number(await this.display("#{pane_pid}").catch(() => "0"));
    const pids = shell > 0 ? [shell, ...(await this.childPids().catch(() => []))] : [];
    await this.tmux("kill-server").catch(() => {});
    const deadline = Date.now() + 5_000;
    while (pids.some(isRunning) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/**
 * The tmux sessions of one test file, killed after each test. Where tmux is missing, a test that
 * fails under CI (`CI=true`; .ci/run installs tmux) and a warning elsewhere, so the file's tmux
 * tests are skipped with a message locally. `runTmux` says whether they can run.
 */
export function tmuxSessionsOfFile(purpose = "run the terminal tests"): {
  sessions: TmuxSession[];
  runTmux: boolean;
} {
  const sessions: TmuxSession[] = [];
  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((session) => session.kill()));
  });
  const runTmux = TMUX_MISSING === undefined;
  if (!runTmux) {
    if (process.env.CI === "true") {
      it(`has tmux to ${purpose}`, () => {
        throw new Error(`${TMUX_MISSING}; CI must install it (.ci/run does)`);
      });
    } else {
      console.warn(TMUX_MISSING);
    }
  }
  return { sessions, runTmux };
}
