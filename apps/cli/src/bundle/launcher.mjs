import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * The bundle is one function expression, as Node wraps a CommonJS module, so that the launcher
 * compiles the file's text as it is (no second copy of it joined with a wrapper).
 */
export const BUNDLE_WRAPPER = {
  banner: { js: "(function (exports, require, module, __filename, __dirname) {" },
  footer: { js: "})" },
};

/** The start of the code cache's file name; the rest is the bundle's hash. */
export const CACHE_PREFIX = "broadsheet-code-cache-";

/**
 * V8 flags for the command, set before the bundle is compiled (and so also when the code cache
 * is written, which V8 checks against them):
 * - the young generation stays at its starting size instead of growing to 16 MB semi-spaces in
 *   the burst of start-up allocation: less memory held, for more (quick) scavenges;
 * - scavenges run on the main thread: on a busy machine, waiting for helper threads made them
 *   take several milliseconds, the slowest keypresses of the reader;
 * - functions are handed to the optimising compiler after about twice the usual work: a reading
 *   session then optimises fewer of them, and the compiler's working memory (a passing peak of
 *   5-8 MB at the first keypresses) mostly does not arise; keypresses stay well within a frame.
 */
const V8_FLAGS = [
  "--semi-space-growth-factor=1",
  "--no-parallel-scavenge",
  "--interrupt-budget=300000",
];

/**
 * The command's entry point: runs `broadsheet.cjs` through `vm.Script` with V8's code cache for
 * it (`cachedData`), so the code is not parsed and compiled again at every start. V8 checks the
 * cache and ignores it when it does not fit (another Node.js, other flags); then the code is
 * compiled as usual. The cache is named after the bundle's hash, so a rebuilt bundle never
 * meets an old cache. With BROADSHEET_WRITE_CODE_CACHE=1 the cache is written on exit, with
 * the functions that ran compiled; with BROADSHEET_REPORT_CODE_CACHE=1 the command says on
 * stderr, on exit, whether V8 took the cache (`used`, `rejected` or `missing`).
 */
export function launcherSource(cacheName) {
  return `#!/usr/bin/env node
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";

for (const flag of ${JSON.stringify(V8_FLAGS)}) setFlagsFromString(flag);
const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, "broadsheet.cjs");
const cacheFile = join(here, ${JSON.stringify(cacheName)});
const writeCache = process.env.BROADSHEET_WRITE_CODE_CACHE === "1";

const script = new Script(readFileSync(file, "latin1"), {
  filename: file,
  cachedData: !writeCache && existsSync(cacheFile) ? readFileSync(cacheFile) : undefined,
});
if (writeCache) process.on("exit", () => writeFileSync(cacheFile, script.createCachedData()));
if (process.env.BROADSHEET_REPORT_CODE_CACHE === "1") {
  const state = script.cachedDataRejected === undefined ? "missing" : script.cachedDataRejected ? "rejected" : "used";
  process.on("exit", () => process.stderr.write(\`broadsheet: code cache \${state}\\n\`));
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, here);
`;
}

/**
 * Runs the built command once, on the sample article of `contentDir` laid out as plain text (or
 * `--help` without it), so that the code cache holds the functions a start-up runs.
 */
export function writeCodeCache(launcher, contentDir) {
  let sample;
  try {
    sample = readdirSync(contentDir).find((name) => name.includes("kursk") && name.endsWith(".md"));
  } catch {
    sample = undefined;
  }
  const args = sample ? ["read", join(contentDir, sample)] : ["--help"];
  const run = spawnSync(process.execPath, [launcher, ...args], {
    env: { ...process.env, BROADSHEET_WRITE_CODE_CACHE: "1" },
    stdio: "ignore",
  });
  if (run.status !== 0) {
    throw new Error(`writing the code cache failed: broadsheet ${args.join(" ")}`);
  }
}
