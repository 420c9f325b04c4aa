import { describe, expect, it } from "vitest";
import { Profiler } from "./profiler.js";

function fakeClock() {
  let time = 0;
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

const microtask = () => Promise.resolve();

describe("Profiler", () => {
  it("does nothing without a file", async () => {
    const written: string[] = [];
    const profiler = new Profiler(
      undefined,
      () => 0,
      (_file, text) => written.push(text),
    );
    profiler.keypress("j");
    profiler.frame();
    await microtask();
    expect(profiler.enabled).toBe(false);
    expect(written).toEqual([]);
  });

  it("records the first screen, then each keypress up to the frame that answers it", async () => {
    const clock = fakeClock();
    const lines: string[] = [];
    const profiler = new Profiler("p.jsonl", clock.now, (file, text) => {
      expect(file).toBe("p.jsonl");
      lines.push(text);
    });
    clock.advance(90);
    profiler.frame();
    await microtask();
    profiler.keypress("j");
    clock.advance(2.5);
    profiler.frame();
    await microtask();
    profiler.keypress("x");
    clock.advance(0.25);
    profiler.unchanged();
    profiler.frame();
    await microtask();
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      { event: "first-screen", ms: 90 },
      { event: "keypress", key: "j", ms: 2.5, repaint: true },
      { event: "keypress", key: "x", ms: 0.25, repaint: false },
    ]);
  });

  it("waits for the frame however late it comes, and measures a key once", async () => {
    const clock = fakeClock();
    const lines: string[] = [];
    const profiler = new Profiler("p", clock.now, (_file, text) => lines.push(text));
    profiler.frame();
    await microtask();
    profiler.keypress("G");
    await new Promise((resolve) => setImmediate(resolve));
    clock.advance(7);
    profiler.frame();
    await microtask();
    profiler.frame();
    await microtask();
    expect(lines.slice(1).map((line) => JSON.parse(line))).toEqual([
      { event: "keypress", key: "G", ms: 7, repaint: true },
    ]);
  });
});
