import { execFile, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, it } from "vitest";

const run = promisify(execFile);

/** Whether tmux can be run here. */
export const HAS_TMUX = spawnSync("tmux", ["-V"], { stdio: "ignore" }).status === 0;

/** tmux's settings: no status bar, no delay after Esc, a plain terminal type. */
const CONFIG = [
  "set -g status off",
  "set -g escape-time 0",
  "set -g history-limit 1000",
  "set -g default-terminal screen",
].join("\n");

/**
 * What the tmux server starts with: a login shell's PATH and HOME, in UTF-8, nothing else (no
 * NODE_ENV, which Next's types declare always set, hence the cast where it is passed).
 */
function tmuxEnv(home: string): Record<string, string> {
  return { PATH: process.env.PATH ?? "", HOME: home, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" };
}

/** Whether a process is still running: it exists and is not a zombie waiting to be reaped. */
function isRunning(pid: string): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat[stat.lastIndexOf(")") + 2] !== "Z";
  } catch {
    return false;
  }
}

/** Options of {@link TmuxPane.start}. */
export interface TmuxPaneOptions {
  /** The shell's working folder; tmux's configuration file is written there. */
  cwd: string;
  width?: number;
  height?: number;
  /** Variables for the shell in the pane (beside PATH, HOME and the locale). */
  env?: Record<string, string>;
}

/**
 * One pane of a private tmux server (its own socket) running `sh`, driven as a person would:
 * typing keys and reading the screen. {@link TmuxPane.kill} it after the test.
 */
export class TmuxPane {
  readonly socket = `broadsheet-web-test-${process.pid}-${randomBytes(4).toString("hex")}`;

  private constructor(readonly cwd: string) {}

  /** Starts the server and its shell, and waits for the prompt. */
  static async start({ cwd, width = 100, height = 30, env = {} }: TmuxPaneOptions) {
    const pane = new TmuxPane(cwd);
    const config = path.join(cwd, ".tmux.conf");
    await writeFile(config, `${CONFIG}\n`);
    const variables = Object.entries({ PS1: "$ ", ...env }).flatMap(([name, value]) => [
      "-e",
      `${name}=${value}`,
    ]);
    const size = ["-x", String(width), "-y", String(height)];
    await pane.tmux("-f", config, "new-session", "-d", "-s", "main", ...size, ...variables, "sh");
    await pane.waitFor(/^[#$]\s*$/m);
    return pane;
  }

  private async tmux(...args: string[]): Promise<string> {
    const { stdout } = await run("tmux", ["-L", this.socket, ...args], {
      cwd: this.cwd,
      env: tmuxEnv(this.cwd) as NodeJS.ProcessEnv,
    });
    return stdout;
  }

  /** Types text literally. */
  async type(text: string): Promise<void> {
    await this.tmux("send-keys", "-t", "main", "-l", text);
  }

  /** Presses keys by tmux's names: `Enter`, `Escape`, `Space`, `q`. */
  async press(...keys: string[]): Promise<void> {
    await this.tmux("send-keys", "-t", "main", ...keys);
  }

  /** Types a command line into the shell and presses Enter. */
  async command(line: string): Promise<void> {
    await this.type(line);
    await this.press("Enter");
  }

  /** The visible screen, a line per row, trailing spaces removed. */
  async screen(): Promise<string> {
    return this.tmux("capture-pane", "-p", "-t", "main");
  }

  /**
   * Polls the screen until `expected` matches it (text it contains, a pattern, or a predicate)
   * on two captures in a row that are the same, so a frame caught half drawn never passes, and
   * returns that screen; throws with the last screen after `timeout` ms.
   */
  async waitFor(
    expected: string | RegExp | ((screen: string) => boolean),
    timeout = 15_000,
  ): Promise<string> {
    const matches =
      typeof expected === "function"
        ? expected
        : typeof expected === "string"
          ? (screen: string) => screen.includes(expected)
          : (screen: string) => expected.test(screen);
    const deadline = Date.now() + timeout;
    let previous: string | undefined;
    for (;;) {
      const screen = await this.screen();
      if (matches(screen) && screen === previous) return screen;
      previous = matches(screen) ? screen : undefined;
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${String(expected)}; the screen was:\n${screen}`);
      }
      await new Promise((resolve) => setTimeout(resolve, previous === undefined ? 40 : 15));
    }
  }

  /**
   * Stops the server, and waits until the shell and what ran in it have exited, so nothing
   * still writes into the test's folders when they are removed.
   */
  async kill(): Promise<void> {
    const shell = (
      await this.tmux("display-message", "-p", "-t", "main", "#{pane_pid}").catch(() => "")
    ).trim();
    const children = shell
      ? (await run("ps", ["-o", "pid=", "--ppid", shell]).catch(() => ({ stdout: "" }))).stdout
      : "";
    const pids = [shell, ...children.split("\n")].map((pid) => pid.trim()).filter(Boolean);
    await this.tmux("kill-server").catch(() => {});
    const deadline = Date.now() + 5_000;
    while (pids.some(isRunning) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/**
 * The tmux panes of one test file, killed after each test, and whether tmux can run. Where it
 * is missing, the file's tmux tests are skipped with a warning, and under CI (`CI=true`; .ci/run
 * installs tmux) a test fails saying so.
 */
export function tmuxPanesOfFile(purpose: string): { panes: TmuxPane[]; runTmux: boolean } {
  const panes: TmuxPane[] = [];
  afterEach(async () => {
    await Promise.all(panes.splice(0).map((pane) => pane.kill()));
  });
  if (!HAS_TMUX) {
    const missing = `tmux is not installed: the tests that ${purpose} were skipped (apt-get install tmux)`;
    if (process.env.CI === "true") {
      it(`has tmux to ${purpose}`, () => {
        throw new Error(`${missing}; CI must install it (.ci/run does)`);
      });
    } else {
      console.warn(missing);
    }
  }
  return { panes, runTmux: HAS_TMUX };
}
