import { PassThrough } from "node:stream";
import { FORBIDDEN_TEXT_CHARACTERS } from "@broadsheet/article";
import { afterEach, describe, expect, it } from "vitest";
import { Io } from "../io.js";
import { captureIo } from "../test-io.js";
import { type FetchProgress, fetchProgress } from "./fetch-progress.js";

function terminalIo(env: Record<string, string> = {}) {
  const stream = Object.assign(new PassThrough(), { columns: 40 });
  let written = "";
  stream.on("data", (chunk: Buffer) => {
    written += chunk.toString("utf8");
  });
  const io = Io.over({ env, writeOut() {}, writeErr() {}, progressTerminal: stream });
  return { io, written: () => written };
}

let running: FetchProgress | undefined;
afterEach(() => running?.stop());

describe("fetchProgress", () => {
  it("draws what is fetched and the time spent on one line, then erases it", async () => {
    const terminal = terminalIo();
    let clock = 1_000;
    running = fetchProgress(terminal.io, () => clock);
    clock = 1_400;
    running.update("fetching 2 of 3 feeds · 40 items");
    running.stop();
    running.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(terminal.written()).toBe(
      [
        "\r| fetching 0.0 s\u001b[K",
        "\r/ fetching 2 of 3 feeds · 40 items 0.4 \u001b[K",
        "\r\u001b[K",
      ].join(""),
    );
  });

  it("never passes on a source's escape sequences, controls or line breaks", async () => {
    const terminal = terminalIo();
    running = fetchProgress(terminal.io, () => 0);
    running.update("evil\u001b]2;owned\u0007\nhost");
    running.stop();
    await new Promise((resolve) => setImmediate(resolve));
    const drawn = terminal.written().split("\r").join("").split("\u001b[K").join("");
    expect(drawn).not.toMatch(new RegExp(`[${FORBIDDEN_TEXT_CHARACTERS}]`));
    expect(drawn).toContain("/ evil");
    expect(drawn).toContain("host 0.0 s");
  });

  it("writes nothing when stderr is not a terminal, or the terminal is dumb", async () => {
    const captured = captureIo();
    running = fetchProgress(captured.io);
    running.update("fetching example.org");
    running.stop();
    expect(captured.err).toBe("");
    const dumb = terminalIo({ TERM: "dumb" });
    running = fetchProgress(dumb.io);
    running.update("fetching example.org");
    running.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(dumb.written()).toBe("");
  });
});
