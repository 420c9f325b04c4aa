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

const root = dirname(fileURLToPath(import.meta.url));
const { version } = JSON.parse(await readFile(join(root, "package.json"), "utf8"));

/**
 * Bundles the CLI, its workspace packages and their dependencies, as they are installed, into
 * `dist/broadsheet.cjs`, with `dist/broadsheet.js` to run it from V8's code cache (written here,
 * after one run). The bundle changes no module: a change to a dependency is a pnpm patch in the
 * root `patches/` folder, which tests run too. `outDir` and `plugins` are for measuring a build
 * made otherwise (see `src/bundle/build-without-patch.mjs`); the command is built without them.
 */
export async function bundle({ outDir = join(root, "dist"), plugins = [] } = {}) {
  const launcher = join(outDir, "broadsheet.js");
  const program = join(outDir, "broadsheet.cjs");
  await mkdir(outDir, { recursive: true });
  await build({
    entryPoints: [join(root, "src", "main.ts")],
    outfile: program,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // A native addon: loaded from node_modules at run time, never bundled.
    external: ["better-sqlite3"],
    ...BUNDLE_WRAPPER,
    jsx: "automatic",
    plugins,
    // React's production build: the development one is several times slower to render.
    define: {
      __BROADSHEET_VERSION__: JSON.stringify(version),
      "process.env.NODE_ENV": '"production"',
    },
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
  for (const name of await readdir(outDir)) {
    if (name.startsWith(CACHE_PREFIX) || name === "chunks") {
      await rm(join(outDir, name), { recursive: true, force: true });
    }
  }
  await writeFile(launcher, launcherSource(cacheName));
  await chmod(launcher, 0o755);
  writeCodeCache(launcher, join(root, "..", "..", "content"));
  return launcher;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle();
