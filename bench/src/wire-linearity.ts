import { fromWireText } from "@broadsheet/wire";
import { wireTextOfSize } from "./fixtures.js";
import { formatNumber, printTable } from "./print-table.js";

function medianMs(run: () => unknown, repeats: number): number {
  const times: number[] = [];
  for (let index = 0; index < repeats; index++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** Time per MB of fromWireText from 10 KB to 10 MB: flat means linear time. */
export function wireLinearity(): void {
  const rows: string[][] = [];
  for (const bytes of [10e3, 100e3, 1e6, 10e6]) {
    const text = wireTextOfSize(bytes);
    const actual = Buffer.byteLength(text);
    const ms = medianMs(() => fromWireText(text), bytes >= 10e6 ? 3 : 9);
    rows.push([
      `${formatNumber(actual / 1e3)} KB`,
      formatNumber(ms),
      formatNumber(ms / (actual / 1e6)),
      formatNumber(actual / 1e6 / (ms / 1000)),
    ]);
  }
  printTable("fromWireText scaling (median)", ["input", "ms", "ms per MB", "MB/s"], rows);
}
