import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** How {@link timeRatio} measured a piece of work at two sizes. */
export interface TimeRatio {
  /** The smaller size, doubled from the start until its run takes `minimumMs`. */
  size: number;
  smallMs: number;
  largeMs: number;
  /** largeMs / smallMs, for `factor` times the size. */
  ratio: number;
}

/** Options of {@link timeRatio}. */
export interface TimeRatioOptions {
  /** The first size tried. */
  start: number;
  /** How much larger the second input is (default 4). */
  factor?: number;
  /** Runs of each size; the fastest counts (default 3). */
  tries?: number;
  /** The smaller size grows until a run of it takes this long (default 8 ms). */
  minimumMs?: number;
  /** The smaller size never grows past this; the work is repeated instead. */
  maxSize?: number;
  /** A ratio at or over this is measured again (default: never). */
  limit?: number;
  /** Measurements in all while the ratio stays at or over `limit` (default 3). */
  attempts?: number;
}

setFlagsFromString("--expose-gc");
/** V8's full garbage collection, run before each timing so no run pays for another's garbage. */
const collectGarbage = runInNewContext("gc") as () => void;

/**
 * Milliseconds of CPU time the process spends on `run`, after a full garbage collection: steadier
 * than the wall clock on a machine shared with other work, which can take the CPU away in the
 * middle of a run.
 */
function cpuMs(run: () => void): number {
  collectGarbage();
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function measure<Input>(
  prepare: (size: number) => Input,
  work: (input: Input) => void,
  options: TimeRatioOptions,
): TimeRatio {
  const { start, factor = 4, tries = 3, minimumMs = 8 } = options;
  const maxSize = options.maxSize ?? Number.POSITIVE_INFINITY;
  let size = start;
  let repeats = 1;
  const repeated = (input: Input) => () => {
    for (let count = 0; count < repeats; count++) work(input);
  };
  for (;;) {
    const input = prepare(size);
    work(input);
    const warm = Math.min(cpuMs(repeated(input)), cpuMs(repeated(input)));
    if (warm >= minimumMs) break;
    if (size * 2 <= maxSize) size *= 2;
    else repeats *= 2;
  }
  const small = prepare(size);
  const large = prepare(size * factor);
  work(large);
  let smallMs = Number.POSITIVE_INFINITY;
  let largeMs = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < tries; attempt++) {
    smallMs = Math.min(smallMs, cpuMs(repeated(small)));
    largeMs = Math.min(largeMs, cpuMs(repeated(large)));
  }
  return { size, smallMs, largeMs, ratio: largeMs / Math.max(smallMs, 0.01) };
}

/**
 * Times `work` on `prepare(size)` and on `prepare(factor * size)`, the fastest of a few runs
 * each, taken in turns so that a burst of load on the machine hits both. Where the ratio comes
 * out at `limit` or more, the measurement is taken again (at most `attempts` times in all) and
 * the smallest ratio is returned: noise passes, work that grows faster than its input does not.
 * For linear-time tests: they compare ratios, never a wall-clock time.
 */
export function timeRatio<Input>(
  prepare: (size: number) => Input,
  work: (input: Input) => void,
  options: TimeRatioOptions,
): TimeRatio {
  const attempts = options.attempts ?? 3;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  let best = measure(prepare, work, options);
  for (let attempt = 1; attempt < attempts && best.ratio >= limit; attempt++) {
    const again = measure(prepare, work, options);
    if (again.ratio < best.ratio) best = again;
  }
  return best;
}
