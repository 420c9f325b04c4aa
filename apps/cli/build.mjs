import { chmod, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = dirname(fileURLToPath(import.meta.url));
const { version } = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
const outfile = join(root, "dist", "broadsheet.js");

/**
 * Ink imports `./devtools.js` (and through it the optional `react-devtools-core`) only when
 * DEV=true; leave that import to run time instead of failing the build on the missing package.
 */
const inkDevtoolsAtRuntime = {
  name: "ink-devtools-at-runtime",
  setup(build) {
    build.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
      /[\\/]ink[\\/]build[\\/]/.test(args.importer)
        ? { path: args.path, external: true }
        : undefined,
    );
  },
};

/** Bundles the CLI, its workspace packages and their dependencies into one executable file. */
export async function bundle() {
  await build({
    entryPoints: [join(root, "src", "main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Bundled CommonJS dependencies (commander) call require() for Node built-ins.
    banner: {
      js: '#!/usr/bin/env node\nimport { createRequire as __broadsheetCreateRequire } from "node:module";\nconst require = __broadsheetCreateRequire(import.meta.url);',
    },
    jsx: "automatic",
    // React's production build: the development one is several times slower to render.
    define: {
      __BROADSHEET_VERSION__: JSON.stringify(version),
      "process.env.NODE_ENV": '"production"',
    },
    plugins: [inkDevtoolsAtRuntime],
    legalComments: "none",
    logLevel: "warning",
  });
  await chmod(outfile, 0o755);
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle();
