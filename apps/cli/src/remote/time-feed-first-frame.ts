import { performance } from "node:perf_hooks";
import { feedFirstFrame } from "./feed-first-frame.js";

/**
 * Times {@link feedFirstFrame} in this process for the remote benchmark: `<feed URL> <runs>
 * <columns> <rows>`. The feed is fetched once; then its bytes are parsed, listed and drawn `runs`
 * times. Prints one JSON line: the feed's size and items, the first (cold) run and the mean of
 * the rest, in ms.
 */
async function main(): Promise<void> {
  const [url, runsText = "200", columnsText = "100", rowsText = "30"] = process.argv.slice(2);
  if (!url) throw new Error("usage: time-feed-first-frame <feed URL> [runs] [columns] [rows]");
  const size = { columns: Number(columnsText), rows: Number(rowsText) };
  const runs = Math.max(2, Number(runsText));
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const timeOne = () => {
    const start = performance.now();
    const frame = feedFirstFrame(bytes, url, size);
    return { ms: performance.now() - start, frame };
  };
  const cold = timeOne();
  let total = 0;
  for (let run = 1; run < runs; run++) total += timeOne().ms;
  console.log(
    JSON.stringify({
      bytes: bytes.length,
      frameChars: cold.frame.length,
      coldMs: cold.ms,
      warmMs: total / (runs - 1),
      runs,
    }),
  );
}

await main();
