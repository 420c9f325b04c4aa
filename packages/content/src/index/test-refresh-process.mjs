// Refreshes a folder's index in a process of its own, for the two-process test.
import { readdir } from "node:fs/promises";
import { join } from "node:path";

const [dist, dir] = process.argv.slice(2);
const { ContentIndex, pageListed } = await import(dist);
const names = (await readdir(dir)).filter((name) => name.endsWith(".json")).sort();
const index = await ContentIndex.open(dir);
await index.refresh(
  names.map((name) => join(dir, name)),
  true,
);
const rows = pageListed(index, "", 0, names.length);
index.close();
process.stdout.write(JSON.stringify(rows.map((row) => row.headline)));
