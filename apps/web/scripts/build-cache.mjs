// A folder of build results keyed by the digest of everything they were made from, kept between
// builds (a CI runner restores it) so a rebuild redoes the work only for what changed.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { chmod, copyFile, link, mkdir, rename } from "node:fs/promises";
import path from "node:path";

/**
 * The build cache folder: `BROADSHEET_WEB_CACHE` if set (relative to the working directory),
 * otherwise `.cache/web` in the app (git-ignored). Deleting it is always safe: the next build
 * redoes the work and writes it again.
 *
 * @param {string} [cwd]
 * @returns {string}
 */
export function buildCacheDir(cwd = process.cwd()) {
  const configured = process.env.BROADSHEET_WEB_CACHE;
  return configured ? path.resolve(cwd, configured) : path.resolve(cwd, ".cache", "web");
}

/**
 * The SHA-256 of the parts, each length-prefixed so that no two lists of parts share a digest.
 *
 * @param {readonly (string | Uint8Array)[]} parts
 * @returns {string}
 */
export function digestOf(parts) {
  const hash = createHash("sha256");
  for (const part of parts) {
    const bytes = typeof part === "string" ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest("hex");
}

/**
 * A digest of files' bytes (the code and assets a result is made from), read once per process.
 *
 * @param {readonly string[]} files absolute paths
 * @returns {string}
 */
export function digestOfFiles(files) {
  return digestOf(
    files.flatMap((file) => [file.split(path.sep).slice(-2).join("/"), readFileSync(file)]),
  );
}

/**
 * A hard link to `source` at `target`, or a copy where a link cannot be made (another file
 * system, a file system without links).
 * @param {string} source
 * @param {string} target
 */
async function linkOrCopy(source, target) {
  try {
    await link(source, target);
  } catch {
    await copyFile(source, target);
  }
}

/**
 * One kind of result (`kind` is a sub-folder, such as `og` or `css`) in the cache folder `dir`,
 * each entry a file named by its key. A write goes to a temporary file renamed into place, so
 * several workers or builds at once never read a half-written entry. A cache that cannot be
 * written is not an error: the result is still returned, only not kept.
 *
 * @param {string} dir
 * @param {string} kind
 */
export function buildCache(dir, kind) {
  const folder = path.join(dir, kind);
  const fileOf = (/** @type {string} */ key) => path.join(folder, key.slice(0, 2), key);
  /** @param {string} key */
  const read = (key) => {
    try {
      return readFileSync(fileOf(key));
    } catch {
      return undefined;
    }
  };
  /**
   * @param {string} key
   * @param {string | Uint8Array} value
   */
  const write = (key, value) => {
    const file = fileOf(key);
    const temporary = `${file}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(temporary, value);
      renameSync(temporary, file);
    } catch {
      // An unwritable cache only costs the next build this work again.
    }
  };
  /** @param {string} key */
  const has = (key) => existsSync(fileOf(key));
  /**
   * Keeps `source` under `key` unless the cache has it, as a hard link where the two share a
   * file system (a copy elsewhere), made read-only so that nothing edits the entry through
   * either name; false when `source` is missing.
   * @param {string} key
   * @param {string} source
   */
  const keep = async (key, source) => {
    if (!existsSync(source)) return false;
    if (has(key)) return true;
    const file = fileOf(key);
    const temporary = `${file}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await linkOrCopy(source, temporary);
      await chmod(temporary, 0o444);
      await rename(temporary, file);
    } catch {
      // An unwritable cache only costs the next build this work again.
    }
    return true;
  };
  /**
   * Puts the entry `key` at `target` (making its folder), as a hard link where the two share a
   * file system and a copy elsewhere; false when the cache lacks it.
   * @param {string} key
   * @param {string} target
   */
  const copyTo = async (key, target) => {
    if (!has(key)) return false;
    await mkdir(path.dirname(target), { recursive: true });
    await linkOrCopy(fileOf(key), target);
    return true;
  };
  return { read, write, has, keep, copyTo };
}
