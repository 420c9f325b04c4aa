import { remoteBench } from "./remote-bench.js";

console.log(
  `Broadsheet remote reading benchmark — Node ${process.version}, ${process.platform} ${process.arch}`,
);
try {
  await remoteBench();
} catch (error) {
  console.error(
    `remote benchmark failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
}
