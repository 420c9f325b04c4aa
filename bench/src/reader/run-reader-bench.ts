import { readerBench } from "./reader-bench.js";

console.log(
  `Broadsheet reader benchmark — Node ${process.version}, ${process.platform} ${process.arch}`,
);
try {
  await readerBench();
} catch (error) {
  console.error(
    `reader benchmark failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
}
