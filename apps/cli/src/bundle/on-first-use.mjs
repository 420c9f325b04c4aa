import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const shims = join(dirname(fileURLToPath(import.meta.url)), "shims");

/** The reader's module that waits for Ink, as esbuild finds it (the package's built file). */
const INK_READY = /[\\/]reader[\\/]dist[\\/]app[\\/]ink-ready\.js$/;

/**
 * yoga-layout loads its WebAssembly with top-level await, which a CommonJS bundle cannot hold:
 * Ink gets `shims/yoga-layout.js` instead (the same engine, loaded by a promise), and
 * `@broadsheet/reader`'s `app/ink-ready.js` becomes a wait for that promise (the build fails if
 * that module is not found, as the bundled reader would then start Ink before yoga is loaded).
 */
export function yogaWithoutTopLevelAwait() {
  return {
    name: "yoga-without-top-level-await",
    setup(build) {
      const shim = join(shims, "yoga-layout.js");
      build.onResolve({ filter: /^yoga-layout$/ }, (args) => ({
        path: shim,
        pluginData: { resolveDir: args.resolveDir },
      }));
      build.onLoad({ filter: /[\\/]shims[\\/]yoga-layout\.js$/ }, async (args) => ({
        contents: await readFile(args.path, "utf8"),
        resolveDir: args.pluginData.resolveDir,
        loader: "js",
      }));
      let inkReadyReplaced = false;
      build.onLoad({ filter: INK_READY }, async (args) => {
        inkReadyReplaced = true;
        const ink = await build.resolve("ink", {
          resolveDir: dirname(args.path),
          kind: "import-statement",
        });
        return {
          contents:
            'import { whenLoaded } from "yoga-layout";\nexport function inkReady() {\n  return whenLoaded;\n}\n',
          resolveDir: dirname(ink.path),
          loader: "js",
        };
      });
      build.onEnd((result) => {
        if (!inkReadyReplaced && result.errors.length === 0) {
          throw new Error(
            `the bundle has no module matching ${INK_READY}: @broadsheet/reader's ink-ready moved; update INK_READY`,
          );
        }
      });
    },
  };
}

/**
 * `@sindresorhus/slugify` becomes `shims/slugify.js`, which loads it on first use (its own
 * `require` of the library is left to resolve as usual).
 */
export const slugifyOnFirstUse = {
  name: "slugify-on-first-use",
  setup(build) {
    const shim = join(shims, "slugify.js");
    build.onResolve({ filter: /^@sindresorhus\/slugify$/ }, (args) =>
      args.importer === shim
        ? undefined
        : { path: shim, pluginData: { resolveDir: args.resolveDir } },
    );
    build.onLoad({ filter: /[\\/]shims[\\/]slugify\.js$/ }, async (args) => ({
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
export const stringWidthOnFirstUse = {
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
