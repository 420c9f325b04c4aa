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

runCli(process.argv.slice(2), processIo).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.exitCode = reportCrash(error, processIo);
  },
);
