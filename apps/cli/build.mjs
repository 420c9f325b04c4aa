import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmod, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = dirname(fileURLToPath(import.meta.url));
const { version } = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
const dist = join(root, "dist");
const launcher = join(dist, "broadsheet.js");
const program = join(dist, "broadsheet.cjs");
const shims = join(root, "bundle-shims");

/**
 * Ink's reconciler awaits, at the top level and only when DEV=true, its React devtools bridge
 * (the optional `react-devtools-core`, not installed) and its package.json for them. A CommonJS
 * bundle cannot hold top-level await: the bundle reports the bridge as missing instead (Ink then
 * prints how to install it, as it would have).
 */
const DEVTOOLS_IMPORT = "await import('./devtools.js');";
const DEVTOOLS_PACKAGE = "? await loadPackageJson()";
const inkDevtoolsLeftOut = {
  name: "ink-devtools-left-out",
  setup(build) {
    build.onLoad({ filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (!source.includes(DEVTOOLS_IMPORT) || !source.includes(DEVTOOLS_PACKAGE)) {
        throw new Error(`${args.path} no longer loads its devtools as this build expects`);
      }
      return {
        contents: source
          .replace(
            DEVTOOLS_IMPORT,
            "throw Object.assign(new Error('react-devtools-core is not bundled'), { code: 'ERR_MODULE_NOT_FOUND' });",
          )
          .replace(DEVTOOLS_PACKAGE, "? { name: 'ink', version: undefined }"),
        loader: "js",
      };
    });
  },
};

/**
 * yoga-layout loads its WebAssembly with top-level await, which a CommonJS bundle cannot hold:
 * Ink gets `bundle-shims/yoga-layout.js` instead (the same engine, loaded by a promise), and
 * `src/reader/app/ink-ready.ts` becomes a wait for that promise.
 */
const yogaWithoutTopLevelAwait = {
  name: "yoga-without-top-level-await",
  setup(build) {
    const shim = join(shims, "yoga-layout.js");
    build.onResolve({ filter: /^yoga-layout$/ }, (args) => ({
      path: shim,
      pluginData: { resolveDir: args.resolveDir },
    }));
    build.onLoad({ filter: /[\\/]bundle-shims[\\/]yoga-layout\.js$/ }, async (args) => ({
      contents: await readFile(args.path, "utf8"),
      resolveDir: args.pluginData.resolveDir,
      loader: "js",
    }));
    build.onLoad({ filter: /[\\/]src[\\/]reader[\\/]app[\\/]ink-ready\.ts$/ }, async () => {
      const ink = await build.resolve("ink", { resolveDir: root, kind: "import-statement" });
      return {
        contents:
          'import { whenLoaded } from "yoga-layout";\nexport function inkReady() {\n  return whenLoaded;\n}\n',
        resolveDir: dirname(ink.path),
        loader: "js",
      };
    });
  },
};

/**
 * `@sindresorhus/slugify` becomes `bundle-shims/slugify.js`, which loads it on first use (its
 * own `require` of the library is left to resolve as usual).
 */
const slugifyOnFirstUse = {
  name: "slugify-on-first-use",
  setup(build) {
    const shim = join(shims, "slugify.js");
    build.onResolve({ filter: /^@sindresorhus\/slugify$/ }, (args) =>
      args.importer === shim
        ? undefined
        : { path: shim, pluginData: { resolveDir: args.resolveDir } },
    );
    build.onLoad({ filter: /[\\/]bundle-shims[\\/]slugify\.js$/ }, async (args) => ({
      contents: await readFile(args.path, "utf8"),
      resolveDir: args.pluginData.resolveDir,
      loader: "js",
    }));
  },
};

/**
 * `string-width` (each version imported as ES module) is wrapped so that printable ASCII, which it
 * measures as its length, is measured without loading it; anything else loads it on first use.
 * Its Unicode tables and emoji patterns then cost nothing until text needs them.
 */
const stringWidthOnFirstUse = {
  name: "string-width-on-first-use",
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData?.real || args.kind === "require-call") return undefined;
      const real = await build.resolve("string-width", {
        resolveDir: args.resolveDir,
        kind: args.kind,
        pluginData: { real: true },
      });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: "string-width-on-first-use" };
    });
    build.onLoad({ filter: /.*/, namespace: "string-width-on-first-use" }, (args) => ({
      contents: `let stringWidth;
const PRINTABLE_ASCII = /^[\\u0020-\\u007E]*$/;
export default function stringWidthOnFirstUse(text, options) {
  if (typeof text === "string" && PRINTABLE_ASCII.test(text)) return text.length;
  stringWidth ??= require(${JSON.stringify(args.path)}).default;
  return stringWidth(text, options);
}
`,
      resolveDir: dirname(args.path),
      loader: "js",
    }));
  },
};

/**
 * Ink draws each frame cell by cell through @alcalzone/ansi-tokenize, whose `diffAnsiCodes`
 * builds three Sets and several arrays for every pair of neighbouring cells, and
 * `ansiCodesToString` a Set and two arrays, even when the style does not change (almost always),
 * and `styledCharsFromTokens` a copy of the current style for every character: megabytes of
 * garbage per keypress. The bundle answers the unchanged cases first, with the same results (no
 * codes to write), and lets the characters of a run share their style array, which nothing
 * changes (a new style is always a new array). Every other case is left to the library.
 */
const SAME_STYLE_FIRST = {
  "diff.js": [
    "export function diffAnsiCodes(from, to) {",
    `function sameCodes(from, to) {
    if (from.length !== to.length) return false;
    for (let index = 0; index < from.length; index++) {
        if (from[index].code !== to[index].code || from[index].endCode !== to[index].endCode) return false;
    }
    return true;
}
const NO_CODES = Object.freeze([]);
export function diffAnsiCodes(from, to) {
    if (sameCodes(from, to)) return NO_CODES;`,
  ],
  "styledChars.js": ["styles: [...codes],", "styles: codes,"],
  "ansiCodes.js": [
    "export function ansiCodesToString(codes) {",
    `export function ansiCodesToString(codes) {
    if (codes.length === 0) return "";`,
  ],
};
const sameStyleFirst = {
  name: "ansi-same-style-first",
  setup(build) {
    build.onLoad(
      { filter: /[\\/]ansi-tokenize[\\/]build[\\/](diff|ansiCodes|styledChars)\.js$/ },
      async (args) => {
        const source = await readFile(args.path, "utf8");
        const [start, replacement] = SAME_STYLE_FIRST[basename(args.path)];
        if (!source.includes(start)) {
          throw new Error(`${args.path} no longer has \`${start}\` as this build expects`);
        }
        return { contents: source.replace(start, replacement), loader: "js" };
      },
    );
  },
};

/** The start of the bundle's name for its V8 code cache; the rest is the bundle's hash. */
const CACHE_PREFIX = "broadsheet-code-cache-";

/**
 * The command's entry point: runs `broadsheet.cjs` through `vm.Script` with V8's code cache for
 * it (`cachedData`), so the code is not parsed and compiled again at every start. V8 checks the
 * cache and ignores it when it does not fit (another Node.js, other flags); then the code is
 * compiled as usual. The cache is named after the bundle's hash, so a rebuilt bundle never
 * meets an old cache. With BROADSHEET_WRITE_CODE_CACHE=1 the cache is written on exit, with
 * the functions that run compiled.
 */
function launcherSource(cacheName) {
  return `#!/usr/bin/env node
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";

// The young generation stays at its starting size instead of growing to 16 MB semi-spaces in
// the burst of start-up allocation: less memory held, for a few more (quick) scavenges.
setFlagsFromString("--semi-space-growth-factor=1");
const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, "broadsheet.cjs");
const cacheFile = join(here, ${JSON.stringify(cacheName)});
const writeCache = process.env.BROADSHEET_WRITE_CODE_CACHE === "1";
const cachedData = !writeCache && existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
const source = readFileSync(file, "utf8");
const script = new Script(
  \`(function (exports, require, module, __filename, __dirname) {\${source}\\n})\`,
  { filename: file, cachedData },
);
if (writeCache) process.on("exit", () => writeFileSync(cacheFile, script.createCachedData()));
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, here);
`;
}

/** Runs the command once on the sample article (plain text), writing the code cache. */
function writeCodeCache() {
  const content = join(root, "..", "..", "content");
  const sample = spawnSync("sh", ["-c", `ls ${JSON.stringify(content)}/*kursk*.md`], {
    encoding: "utf8",
  }).stdout.trim();
  const args = sample ? ["read", sample] : ["--help"];
  const run = spawnSync(process.execPath, [launcher, ...args], {
    env: { ...process.env, BROADSHEET_WRITE_CODE_CACHE: "1" },
    stdio: "ignore",
  });
  if (run.status !== 0)
    throw new Error(`writing the code cache failed: broadsheet ${args.join(" ")}`);
}

/**
 * Bundles the CLI, its workspace packages and their dependencies into `dist/broadsheet.cjs`,
 * with `dist/broadsheet.js` to run it from V8's code cache (written here, after one run).
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
    jsx: "automatic",
    // React's production build: the development one is several times slower to render.
    define: {
      __BROADSHEET_VERSION__: JSON.stringify(version),
      "process.env.NODE_ENV": '"production"',
    },
    plugins: [
      inkDevtoolsLeftOut,
      yogaWithoutTopLevelAwait,
      slugifyOnFirstUse,
      stringWidthOnFirstUse,
      sameStyleFirst,
    ],
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: "none",
    logLevel: "warning",
  });
  const hash = createHash("sha256")
    .update(await readFile(program))
    .digest("hex")
    .slice(0, 16);
  const cacheName = `${CACHE_PREFIX}${hash}`;
  for (const name of await readdir(dist)) {
    if (name.startsWith(CACHE_PREFIX) || name === "chunks") {
      await rm(join(dist, name), { recursive: true, force: true });
    }
  }
  await writeFile(launcher, launcherSource(cacheName));
  await chmod(launcher, 0o755);
  writeCodeCache();
  return launcher;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle();
