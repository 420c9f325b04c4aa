import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { WEB_APP } from "./paths.js";

/** A running `apps/web/scripts/serve.mjs`; `close` stops it. */
export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves a static export folder with the web app's own server (`scripts/serve.mjs`, the one
 * its README and tests use) on 127.0.0.1:`port`, resolving once it listens.
 */
export function serveStatic(root: string, port: number): Promise<StaticServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(WEB_APP, "scripts", "serve.mjs"), root],
    {
      env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("serving")) resolve({ origin: `http://127.0.0.1:${port}`, close });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => reject(new Error(`serve.mjs exited (${code}):\n${output}`)));
  });
}
