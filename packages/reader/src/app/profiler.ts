import { appendFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

/** One measurement, as a JSON line of the profile file. */
export type ProfileEvent =
  | { event: "first-screen"; ms: number }
  | { event: "keypress"; key: string; ms: number; repaint: boolean };

/** A keypress that was not answered by a frame within this time is dropped, not measured. */
const GIVE_UP_MS = 2000;

/**
 * Times the reader from inside, for the benchmark. `first-screen` is the time from process start
 * (Node's time origin) to the first frame written (by Ink, or before it by {@link screenShown}).
 * Each `keypress` is the time from the input event to the frame that answers it: Ink writes a
 * frame synchronously right after calling its `onRender` option, so the measurement ends in a
 * microtask queued there. A key that changes nothing on screen (`j` on the last line) is
 * recorded with `repaint: false` when the view says so. Events are appended to the file as JSON
 * lines; with no file, nothing is measured.
 */
export class Profiler {
  private pending: { key: string; start: number; timer: NodeJS.Timeout } | undefined;
  private firstScreen = false;

  constructor(
    private readonly file: string | undefined,
    private readonly now: () => number = () => performance.now(),
    private readonly append: (file: string, text: string) => void = appendFileSync,
  ) {}

  /** Whether measurements are taken. */
  get enabled(): boolean {
    return this.file !== undefined;
  }

  /** Call first thing in the input handler. */
  keypress(key: string): void {
    if (!this.file) return;
    this.drop();
    const timer = setTimeout(() => this.drop(), GIVE_UP_MS);
    timer.unref();
    this.pending = { key, start: this.now(), timer };
  }

  /** Call when the key just handled changed nothing on screen: no frame will follow. */
  unchanged(): void {
    this.settle(false);
  }

  /** Pass as Ink's `onRender` option: called after each render, before the frame is written. */
  readonly frame = (): void => {
    if (!this.file) return;
    queueMicrotask(() => {
      this.screenShown();
      this.settle(true);
    });
  };

  /**
   * Call when the first screen has been written by other means than an Ink frame (the reader
   * draws an article's first screen before Ink has loaded); only the first call counts.
   */
  screenShown(): void {
    if (!this.file || this.firstScreen) return;
    this.firstScreen = true;
    this.record({ event: "first-screen", ms: round(this.now()) });
  }

  private drop(): void {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = undefined;
  }

  private settle(repaint: boolean): void {
    const pending = this.pending;
    if (!pending) return;
    this.drop();
    const ms = round(this.now() - pending.start);
    this.record({ event: "keypress", key: pending.key, ms, repaint });
  }

  private record(event: ProfileEvent): void {
    if (!this.file) return;
    try {
      this.append(this.file, `${JSON.stringify(event)}\n`);
    } catch {
      // A profile that cannot be written must not break reading.
    }
  }
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
