import { importThroughput } from "./import-throughput.js";
import { wireLinearity } from "./wire-linearity.js";

console.log(`Broadsheet benchmarks — Node ${process.version}, ${process.platform} ${process.arch}`);
await importThroughput();
wireLinearity();
