// The digest of the code a site build is made from, so that a result kept from an earlier build
// is used again only when the same code would make it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { digestOf } from "./build-cache.mjs";

/** Folders never read: installed packages, build output, caches and other hidden folders. */
const SKIPPED_FOLDER = /^(?:node_modules|dist|out|\..*)$/;
/** Files never read: Next writes `next-env.d.ts` itself, differently for `dev` and `build`. */
const SKIPPED_FILE = /^next-env\.d\.ts$/;

/**
 * Every file under `dir` (relative to `root`, with `/`), skipping {@link SKIPPED_FOLDER}s.
 * @param {string} root
 * @param {string} dir
 * @returns {string[]}
 */
function sourceFiles(root, dir) {
  const entries = readdirSync(path.join(root, dir), { withFileTypes: true });
  return entries.flatMap((entry) => {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory())
      return SKIPPED_FOLDER.test(entry.name) ? [] : sourceFiles(root, relative);
    return entry.isFile() && !SKIPPED_FILE.test(entry.name) ? [relative] : [];
  });
}

/**
 * The folders (relative to `root`) of the workspace packages `dir` depends on, directly or
 * through others, as their `package.json` files name them (`workspace:` versions).
 * @param {string} root
 * @param {string} dir
 * @returns {string[]}
 */
function workspaceDependencies(root, dir) {
  /** @type {Map<string, string>} */
  const folderOf = new Map();
  for (const entry of readdirSync(path.join(root, "packages"), { withFileTypes: true })) {
    const manifest = path.join(root, "packages", entry.name, "package.json");
    if (entry.isDirectory() && existsSync(manifest)) {
      folderOf.set(JSON.parse(readFileSync(manifest, "utf8")).name, `packages/${entry.name}`);
    }
  }
  /** @type {Set<string>} */
  const found = new Set();
  const visit = (/** @type {string} */ folder) => {
    const manifest = JSON.parse(readFileSync(path.join(root, folder, "package.json"), "utf8"));
    for (const [name, version] of Object.entries({ ...manifest.dependencies })) {
      const dependency = folderOf.get(name);
      if (!String(version).startsWith("workspace:") || !dependency || found.has(dependency)) {
        continue;
      }
      found.add(dependency);
      visit(dependency);
    }
  };
  visit(dir);
  return [...found];
}

/**
 * The digest of everything in the repository a page, Markdown alternate or image of the site can
 * be made from: the app's own files, the sources of the workspace packages it depends on, the
 * patches, the lockfile (so every dependency's version) and the Node version. It errs on the side
 * of rebuilding: a change to one of those folders' tests changes it too.
 *
 * @param {string} appDir the web app's folder, two levels below the repository's root
 * @returns {string}
 */
export function computeSiteCodeDigest(appDir) {
  const app = path.resolve(appDir);
  const root = path.resolve(app, "../..");
  const appFolder = path.relative(root, app).split(path.sep).join("/");
  const files = [
    ...[appFolder, ...workspaceDependencies(root, appFolder), "patches"].flatMap((folder) =>
      sourceFiles(root, folder),
    ),
    "pnpm-lock.yaml",
  ].sort();
  return digestOf([
    process.version,
    ...files.flatMap((file) => [file, readFileSync(path.join(root, file))]),
  ]);
}

/** @type {Map<string, string>} */
const computed = new Map();

/**
 * {@link computeSiteCodeDigest}, computed once per process and app folder.
 *
 * @param {string} [appDir] the web app's folder
 * @returns {string}
 */
export function siteCodeDigest(appDir = process.cwd()) {
  const app = path.resolve(appDir);
  const digest = computed.get(app) ?? computeSiteCodeDigest(app);
  computed.set(app, digest);
  return digest;
}
