import { execFile, spawnSync } from "node:child_process";
import { createReadStream, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Whether tmux can be run here. */
export function hasTmux(): boolean {
  return spawnSync("tmux", ["-V"], { stdio: "ignore" }).status === 0;
}

const CONFIG = [
  "set -g status off",
  "set -g escape-time 0",
  "set -g remain-on-exit on",
  "set -g history-limit 100",
  "set -g default-terminal screen",
].join("\n");

const ESC = "\u001b";
const BEL = "\u0007";

/** Escape sequences (CSI, OSC, two-byte ESC) and everything that is not a letter. */
const NOT_TEXT = new RegExp(
  `${ESC}\\[[0-?]*[ -/]*[@-~]|${ESC}\\][^${BEL}${ESC}]*(?:${BEL}|${ESC}\\\\)|${ESC}.|[^\\p{L}]`,
  "gu",
);

/** Text reduced to its letters, so words match across escape sequences, wraps and padding. */
export function lettersOf(text: string): string {
  return text.replace(NOT_TEXT, "");
}

/** Quotes a word for `sh`. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** What one launch measured. */
export interface Launch {
  /** From releasing the command to the first output that shows the awaited words. */
  firstScreenMs: number;
  /** The process id of the command (the pane's process, which `exec`s it). */
  pid: number;
}

/**
 * A private tmux server (its own socket and a minimal environment) with a fixed-size window, for
 * timing terminal programs as a person sees them. Each launch runs in a new window whose shell
 * waits on a FIFO; the window's output is piped (`pipe-pane`) into a FIFO this process reads, the
 * clock starts when the FIFO lets the shell `exec` the command, and stops when the words awaited
 * have reached the terminal.
 */
export class TmuxBenchServer {
  private launches = 0;

  private constructor(
    private readonly socket: string,
    private readonly dir: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** Starts a server of `columns`×`rows` with `dir` as HOME and working folder. */
  static async start(
    name: string,
    dir: string,
    size: { columns: number; rows: number },
  ): Promise<TmuxBenchServer> {
    const config = join(dir, ".tmux.conf");
    writeFileSync(config, `${CONFIG}\n`);
    const env = { PATH: process.env.PATH ?? "", HOME: dir, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" };
    const socket = `broadsheet-bench-${name}-${process.pid}`;
    const server = new TmuxBenchServer(socket, dir, env);
    await server.tmux(
      "-f",
      config,
      "new-session",
      "-d",
      "-s",
      "bench",
      "-x",
      String(size.columns),
      "-y",
      String(size.rows),
      "-c",
      dir,
      "sh",
    );
    return server;
  }

  /** Runs a tmux command on this server. */
  async tmux(...args: string[]): Promise<string> {
    const { stdout } = await run("tmux", ["-L", this.socket, ...args], { env: this.env });
    return stdout;
  }

  /**
   * Runs `command` (a shell command line, with `env` added) in a new window and times it until
   * `words` show, or throws after `timeoutMs` with what the window showed. The window is left
   * open: quit it with {@link press} and wait with {@link waitForExit}.
   */
  async launch(
    command: string,
    words: string,
    options: { env?: Record<string, string>; timeoutMs?: number } = {},
  ): Promise<Launch> {
    const timeoutMs = options.timeoutMs ?? 20_000;
    const exports = Object.entries(options.env ?? {})
      .map(([name, value]) => `export ${name}=${shellQuote(value)}; `)
      .join("");
    const index = ++this.launches;
    const gate = join(this.dir, `gate-${index}`);
    const output = join(this.dir, `output-${index}`);
    spawnSync("mkfifo", [gate, output]);
    const window = `run-${index}`;
    await this.tmux(
      "new-window",
      "-d",
      "-n",
      window,
      "-c",
      this.dir,
      `${exports}read go < ${shellQuote(gate)}; exec ${command}`,
    );
    this.target = window;
    await this.tmux("pipe-pane", "-t", window, `cat > ${shellQuote(output)}`);
    const stream = createReadStream(output, { encoding: "utf8" });
    await new Promise((resolve, reject) => stream.once("open", resolve).once("error", reject));
    const wanted = lettersOf(words);
    let seen = "";
    const shown = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        stream.destroy();
        reject(
          new Error(
            `${command}: "${words}" did not show in ${timeoutMs} ms; it wrote:\n${seen.slice(-2000)}`,
          ),
        );
      }, timeoutMs);
      stream.on("data", (chunk: string | Buffer) => {
        const at = performance.now();
        seen += chunk.toString();
        if (lettersOf(seen).includes(wanted)) {
          clearTimeout(timer);
          stream.destroy();
          resolve(at);
        }
      });
    });
    const start = performance.now();
    writeFileSync(gate, "go\n");
    const firstScreen = await shown;
    const pid = Number((await this.display("#{pane_pid}")).trim());
    return { firstScreenMs: firstScreen - start, pid };
  }

  private target = "bench";

  /** A tmux format value of the last launched window, like `#{pane_dead}`. */
  async display(format: string): Promise<string> {
    return (await this.tmux("display-message", "-p", "-t", this.target, format)).trim();
  }

  /** Presses keys (tmux key names) in the last launched window. */
  async press(...keys: string[]): Promise<void> {
    await this.tmux("send-keys", "-t", this.target, ...keys);
  }

  /** Types text literally in the last launched window. */
  async type(text: string): Promise<void> {
    await this.tmux("send-keys", "-t", this.target, "-l", text);
  }

  /** Waits until the last launched command has exited; throws after `timeoutMs`. */
  async waitForExit(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await this.display("#{pane_dead}")) !== "1") {
      if (Date.now() > deadline) {
        throw new Error(
          `the command in ${this.target} did not exit; the screen was:\n${await this.tmux("capture-pane", "-p", "-t", this.target)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await this.tmux("kill-window", "-t", this.target);
  }

  /** Stops the server. */
  async kill(): Promise<void> {
    await this.tmux("kill-server").catch(() => {});
  }
}

/** The peak resident memory (VmHWM) of a running process in MB, from /proc. */
export function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}
