import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import {
  ENTER_SCREEN,
  LEAVE_SCREEN,
  type ScreenProcess,
  takeOverScreen,
} from "./terminal-screen.js";

class FakeProcess extends EventEmitter {
  exited: number | undefined;
  exit(code: number): never {
    this.exited = code;
    return undefined as never;
  }
}

function setup() {
  const written: string[] = [];
  const raw: boolean[] = [];
  const stdout = { write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
  const stdin = {
    isTTY: true,
    setRawMode: (on: boolean) => raw.push(on),
  } as unknown as NodeJS.ReadStream;
  const proc = new FakeProcess();
  const order: string[] = [];
  const screen = takeOverScreen(
    { stdout, stdin },
    () => order.push("before"),
    proc as unknown as ScreenProcess,
  );
  return { written, raw, proc, order, screen };
}

describe("takeOverScreen", () => {
  it("enters the alternate screen with the cursor hidden, and leaves it once on release", () => {
    const { written, raw, order, screen, proc } = setup();
    expect(written).toEqual([ENTER_SCREEN]);
    screen.release();
    screen.restore();
    expect(written).toEqual([ENTER_SCREEN, LEAVE_SCREEN]);
    expect(order).toEqual(["before"]);
    expect(raw).toEqual([false]);
    expect(proc.listenerCount("exit")).toBe(0);
    expect(proc.listenerCount("SIGTERM")).toBe(0);
    expect(proc.listenerCount("uncaughtException")).toBe(0);
  });

  it.each([
    ["SIGTERM", 143],
    ["SIGHUP", 129],
    ["SIGINT", 130],
  ])("restores the terminal and exits on %s", (signal, status) => {
    const { written, order, proc } = setup();
    proc.emit(signal);
    expect(written.at(-1)).toBe(LEAVE_SCREEN);
    expect(order).toEqual(["before"]);
    expect(proc.exited).toBe(status);
  });

  it("restores the terminal before a crash is reported, and on exit", () => {
    const { written, proc } = setup();
    const seen: string[] = [];
    proc.on("uncaughtException", () => seen.push(written.at(-1) ?? ""));
    proc.emit("uncaughtException", new Error("boom"));
    expect(seen).toEqual([LEAVE_SCREEN]);
    const other = setup();
    other.proc.emit("exit");
    expect(other.written).toEqual([ENTER_SCREEN, LEAVE_SCREEN]);
  });

  it("leaves the alternate screen last, after showing the cursor", () => {
    expect(LEAVE_SCREEN.endsWith("\u001b[?1049l")).toBe(true);
    expect(LEAVE_SCREEN).toContain("\u001b[?25h");
    expect(ENTER_SCREEN.startsWith("\u001b[?1049h")).toBe(true);
  });
});
