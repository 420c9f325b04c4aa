import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { WEB_APP } from "../web/paths.js";

const SCRIPT = fileURLToPath(new URL("./counting-server.mjs", import.meta.url));

/** The web app's static server on 127.0.0.1, counting the statuses it answers with. */
export interface LoopbackServer {
  origin: string;
  /** The statuses answered since the last call (a request counts once its answer is written). */
  takeStatuses(): Promise<string[]>;
  close(): Promise<void>;
}

/** Statuses counted, `"2×200, 1×304"`, or `"none"`. */
export function countedStatuses(statuses: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  if (counts.size === 0) return "none";
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, count]) => `${count}×${status}`)
    .join(", ");
}

/**
 * Serves `root` (a static export) on 127.0.0.1:`port` with `apps/web/scripts/serve.mjs` in a
 * child process, resolving once it listens.
 */
export function serveLoopback(root: string, port: number): Promise<LoopbackServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [SCRIPT, root, join(WEB_APP, "scripts", "serve.mjs")],
    {
      env: { ...process.env, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let answered: string[] = [];
  let pending = "";
  let errors = "";
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  const takeStatuses = async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const taken = answered;
    answered = [];
    return taken;
  };
  return new Promise((resolve, reject) => {
    child.stderr?.on("data", (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        if (line.startsWith("serving ")) {
          resolve({ origin: `http://127.0.0.1:${port}`, takeStatuses, close });
        } else if (/^\d{3} /.test(line)) {
          answered.push(line.slice(0, 3));
        }
      }
    });
    child.once("exit", (code) =>
      reject(new Error(`the loopback server exited (${code}) before listening: ${errors.trim()}`)),
    );
  });
}
