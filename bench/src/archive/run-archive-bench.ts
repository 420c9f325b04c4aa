import { archiveBench } from "./archive-bench.js";

console.log(
  `Broadsheet archive benchmark — Node ${process.version}, ${process.platform} ${process.arch}`,
);
await archiveBench();
