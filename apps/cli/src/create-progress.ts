import { MultiBar, Presets } from "cli-progress";
import { type Io, recordLine } from "./io.js";

/** A batch's progress display: one tick per item, messages above the bar, and an end. */
export interface Progress {
  /** One more item done. */
  tick(): void;
  /** Writes one record to stderr as one line ({@link recordLine}) without tearing the bar. */
  log(line: string): void;
  /** Removes the bar, leaving the logged lines; safe to call twice. */
  stop(): void;
}

/**
 * A progress bar on stderr for a batch of `total` items, drawn only when stderr is a terminal
 * (not `TERM=dumb`) and there is more than one item; otherwise lines go straight to stderr and
 * nothing is drawn, so piped and logged output stays clean.
 */
export function createProgress(io: Io, total: number, label: string): Progress {
  const terminal = io.progressTerminal;
  if (!terminal || total <= 1 || io.env.TERM === "dumb") {
    return { tick() {}, log: (line) => io.errLine(line), stop() {} };
  }
  const bars = new MultiBar(
    {
      stream: terminal,
      format: `${label} {bar} {value}/{total} | {percentage}% | {duration_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 100,
    },
    Presets.shades_classic,
  );
  const bar = bars.create(total, 0);
  let stopped = false;
  return {
    tick: () => bar.increment(),
    log: (line) => bars.log(recordLine(line)),
    stop() {
      if (stopped) return;
      stopped = true;
      bars.update(); // flushes logged lines, which stop() alone would drop
      bars.stop();
    },
  };
}
