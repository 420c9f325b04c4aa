import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** How {@link timeRatio} measured a piece of work at two sizes. */
export interface TimeRatio {
  /** The smaller size, chosen so that its run takes at least `minimumMs`. */
  size: number;
  smallMs: number;
  largeMs: number;
  /** largeMs / smallMs, for `factor` times the size. */
  ratio: number;
}

setFlagsFromString("--expose-gc");
/** V8's full garbage collection, run before each timing so no run pays for another's garbage. */
const collectGarbage = runInNewContext("gc") as () => void;

function timeOnce(run: () => void): number {
  collectGarbage();
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * Times `work(size)` at a size and at `factor` times it, best of `tries` each (taken in turns,
 * so that a burst of load on the machine hits both). The smaller size starts at `start` and is
 * doubled until a warmed-up run takes `minimumMs`, so that timer and start-up noise stay small
 * beside the times compared. `prepare` builds the input outside the timing.
 */
export function timeRatio<Input>(
  prepare: (size: number) => Input,
  work: (input: Input) => void,
  options: { start: number; factor?: number; tries?: number; minimumMs?: number; maxSize?: number },
): TimeRatio {
  const {
    start,
    factor = 4,
    tries = 3,
    minimumMs = 30,
    maxSize = Number.POSITIVE_INFINITY,
  } = options;
  let size = start;
  for (;;) {
    const input = prepare(size);
    work(input);
    const warm = Math.min(
      timeOnce(() => work(input)),
      timeOnce(() => work(input)),
    );
    if (warm >= minimumMs || size * 2 > maxSize) break;
    size *= 2;
  }
  const small = prepare(size);
  const large = prepare(size * factor);
  work(large);
  let smallMs = Number.POSITIVE_INFINITY;
  let largeMs = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < tries; attempt++) {
    smallMs = Math.min(
      smallMs,
      timeOnce(() => work(small)),
    );
    largeMs = Math.min(
      largeMs,
      timeOnce(() => work(large)),
    );
  }
  return { size, smallMs, largeMs, ratio: largeMs / smallMs };
}
