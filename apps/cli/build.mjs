import { createHash } from "node:crypto";
import { chmod, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { asciiOnly } from "./src/bundle/ascii-only.mjs";
import {
  BUNDLE_WRAPPER,
  CACHE_PREFIX,
  launcherSource,
  writeCodeCache,
} from "./src/bundle/launcher.mjs";
import {
  slugifyOnFirstUse,
  stringWidthOnFirstUse,
  yogaWithoutTopLevelAwait,
} from "./src/bundle/on-first-use.mjs";
import { sourcePatches } from "./src/bundle/source-patches.mjs";

const root = dirname(fileURLToPath(import.meta.url));
const { version } = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
const dist = join(root, "dist");
const launcher = join(dist, "broadsheet.js");
const program = join(dist, "broadsheet.cjs");

/**
 * Bundles the CLI, its workspace packages and their dependencies into `dist/broadsheet.cjs`,
 * with `dist/broadsheet.js` to run it from V8's code cache (written here, after one run). See
 * `src/bundle/` for what the bundle changes: modules loaded on first use, and patches.
 */
export async function bundle() {
  await mkdir(dist, { recursive: true });
  await build({
    entryPoints: [join(root, "src", "main.ts")],
    outfile: program,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    ...BUNDLE_WRAPPER,
    jsx: "automatic",
    // React's production build: the development one is several times slower to render.
    define: {
      __BROADSHEET_VERSION__: JSON.stringify(version),
      "process.env.NODE_ENV": '"production"',
    },
    plugins: [sourcePatches, yogaWithoutTopLevelAwait(), slugifyOnFirstUse, stringWidthOnFirstUse],
    // Less source to hold and read at start-up; names are kept (stack traces, `name` checks).
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: "none",
    logLevel: "warning",
  });
  const text = asciiOnly(await readFile(program, "utf8"));
  await writeFile(program, text);
  const hash = createHash("sha256").update(text).digest("hex").slice(0, 16);
  const cacheName = `${CACHE_PREFIX}${hash}`;
  for (const name of await readdir(dist)) {
    if (name.startsWith(CACHE_PREFIX) || name === "chunks") {
      await rm(join(dist, name), { recursive: true, force: true });
    }
  }
  await writeFile(launcher, launcherSource(cacheName));
  await chmod(launcher, 0o755);
  writeCodeCache(launcher, join(root, "..", "..", "content"));
  return launcher;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle();
