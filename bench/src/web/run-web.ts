import { cpus, loadavg } from "node:os";
import { webBuildCost } from "./build-cost.js";
import { lighthouseCompare } from "./lighthouse-compare.js";

/** Archive sizes for the build benchmark: `BENCH_WEB_SIZES=100,1000,10000` (default 1000,10000). */
function sizes(): number[] {
  const configured = process.env.BENCH_WEB_SIZES ?? "1000,10000";
  return configured
    .split(",")
    .map((size) => Number(size.trim()))
    .filter((size) => Number.isInteger(size) && size > 0);
}

console.log(
  `Broadsheet web benchmarks — Node ${process.version}, ${cpus().length} CPUs, ` +
    `load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(" ")}`,
);
const only = process.env.BENCH_WEB_ONLY;
if (only !== "build") await lighthouseCompare();
if (only !== "lighthouse") webBuildCost(sizes());
console.log(
  `load average at the end ${loadavg()
    .map((load) => load.toFixed(1))
    .join(" ")}`,
);
