import { archiveBench } from "./archive/archive-bench.js";
import { cliExport } from "./cli-export.js";
import { exportThroughput } from "./export-throughput.js";
import { importThroughput } from "./import-throughput.js";
import { readerBench } from "./reader/reader-bench.js";
import { remoteBench } from "./remote/remote-bench.js";
import { wireLinearity } from "./wire-linearity.js";

console.log(`Broadsheet benchmarks — Node ${process.version}, ${process.platform} ${process.arch}`);
await importThroughput();
wireLinearity();
await exportThroughput();
cliExport();
await readerBench();
await archiveBench();
if (process.env.BENCH_REMOTE !== "0") await remoteBench(); // builds the site for 127.0.0.1 first
if (process.env.BENCH_WEB === "1") await import("./web/run-web.js"); // Lighthouse + site builds, slow
