import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * How two folders differ, one line per file: only in the first, only in the second, or with
 * other bytes. Empty when every file is in both with the same bytes.
 */
export async function folderDifferences(first: string, second: string): Promise<string[]> {
  const [a, b] = await Promise.all([filesUnder(first), filesUnder(second)]);
  const inB = new Set(b);
  const inA = new Set(a);
  const differences = [
    ...a.filter((file) => !inB.has(file)).map((file) => `only in ${first}: ${file}`),
    ...b.filter((file) => !inA.has(file)).map((file) => `only in ${second}: ${file}`),
  ];
  for (const file of a.filter((name) => inB.has(name))) {
    const [x, y] = await Promise.all([
      readFile(path.join(first, file)),
      readFile(path.join(second, file)),
    ]);
    if (!x.equals(y)) differences.push(`different bytes: ${file}`);
  }
  return differences;
}
