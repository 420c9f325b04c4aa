import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle } from "../../build.mjs";

const repository = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");

/** The package a pnpm patch file is for, from its name (`@scope__name@1.2.3.patch`). */
export function patchedPackage(patchFile) {
  const spec = basename(patchFile, ".patch").replace("__", "/");
  const at = spec.lastIndexOf("@");
  return { name: spec.slice(0, at), version: spec.slice(at + 1) };
}

/** The files a patch changes, relative to its package (`diff --git a/X b/X`). */
export function patchedFiles(patchText) {
  return [...patchText.matchAll(/^diff --git a\/(\S+) b\//gm)].map((match) => match[1]);
}

/** The installed, patched copy of the package (pnpm's `…@version_patch_hash=…` folder). */
function installedPackage({ name, version }) {
  const store = join(repository, "node_modules", ".pnpm");
  const prefix = `${name.replace("/", "+")}@${version}_patch_hash=`;
  const folder = readdirSync(store).find((entry) => entry.startsWith(prefix));
  if (!folder) throw new Error(`${name}@${version} is not installed patched under ${store}`);
  return join(store, folder, "node_modules", name);
}

/**
 * An esbuild plugin that loads the files `patchFile` changes (or those of them in `only`) as they
 * were before the patch: the
 * installed package is copied and the patch taken back out of the copy (`patch -R`).
 */
export function withoutPatch(patchFile, only, work) {
  const installed = installedPackage(patchedPackage(patchFile));
  const changed = patchedFiles(readFileSync(patchFile, "utf8"));
  for (const file of only) {
    if (!changed.includes(file)) throw new Error(`${patchFile} does not change ${file}`);
  }
  const files = new Set(only.length > 0 ? only : changed);
  const copy = join(work, "package");
  cpSync(installed, copy, { recursive: true, dereference: false });
  execFileSync("patch", ["-R", "-p1", "-s", "-d", copy, "-i", resolve(patchFile)]);
  return {
    name: "without-patch",
    setup(build) {
      build.onLoad({ filter: /\.[cm]?js$/ }, (args) => {
        if (!args.path.startsWith(installed + sep)) return undefined;
        const file = relative(installed, args.path).split(sep).join("/");
        if (!files.has(file)) return undefined;
        return { contents: readFileSync(join(copy, file), "utf8"), loader: "js" };
      });
    },
  };
}

/**
 * `node src/bundle/build-without-patch.mjs PATCH OUT_DIR [FILE…]`: builds the command into OUT_DIR
 * as `pnpm build` does, but with the files one pnpm patch changes (or only the FILEs named, as the
 * patch names them) as they were before it, so that
 * `bench/src/reader/compare-builds.ts` can show what the patch is worth to someone reading.
 * Nothing in the repository changes; the shipped build never does this.
 */
async function main() {
  const [patchFile, outDir, ...only] = process.argv.slice(2);
  if (!patchFile || !outDir) {
    throw new Error("usage: node src/bundle/build-without-patch.mjs PATCH OUT_DIR [FILE...]");
  }
  const work = mkdtempSync(join(tmpdir(), "broadsheet-without-patch-"));
  try {
    await bundle({ outDir: resolve(outDir), plugins: [withoutPatch(patchFile, only, work)] });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`build-without-patch: ${error.message}`);
    process.exitCode = 1;
  });
}
