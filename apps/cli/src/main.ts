import { processIo } from "./io.js";
import { reportCrash } from "./report-crash.js";
import { runCli } from "./run-cli.js";

for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}
process.on("uncaughtException", (error) => {
  process.exit(reportCrash(error, processIo));
});

try {
  process.exitCode = await runCli(process.argv.slice(2), processIo);
} catch (error) {
  process.exitCode = reportCrash(error, processIo);
}
