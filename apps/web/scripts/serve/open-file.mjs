import { constants } from "node:fs";
import { open } from "node:fs/promises";
import path from "node:path";

/**
 * @typedef {object} OpenedFile
 * @property {string} file the file's path
 * @property {import("node:fs/promises").FileHandle} handle open for reading; the caller closes it
 * @property {import("node:fs").BigIntStats} stats of the open file, so of the bytes it reads
 */

/** Errors that mean "no such file here", as opposed to a fault of the server. */
const NOT_THERE = new Set([
  "ENOENT",
  "ENOTDIR",
  "ENAMETOOLONG",
  "ELOOP",
  "EACCES",
  "EISDIR",
  "ERR_INVALID_ARG_VALUE",
]);

/**
 * The regular file at `file`, opened, or undefined when there is none there (missing, a folder,
 * a FIFO, a device: non-blocking open, so a FIFO never stalls the server). Opening first and
 * reading the open file means a file that vanishes or is replaced after this call cannot fail the
 * response or mix two versions; other errors (EMFILE, EIO) are thrown.
 *
 * @param {string} file
 * @returns {Promise<OpenedFile | undefined>}
 */
export async function openRegularFile(file) {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if (NOT_THERE.has(/** @type {NodeJS.ErrnoException} */ (error).code ?? "")) return undefined;
    throw error;
  }
  try {
    const stats = await handle.stat({ bigint: true });
    if (stats.isFile()) return { file, handle, stats };
  } catch (error) {
    await handle.close();
    throw error;
  }
  await handle.close();
  return undefined;
}

/**
 * The file that answers a URL path (still percent-encoded) under `root`, opened: `/x` is `x`,
 * `x.html` or `x/index.html`, `/x/` is `x/index.html`; undefined when none exists, when the path
 * does not decode, or when it would leave `root`.
 *
 * @param {string} root an absolute path
 * @param {string} urlPath
 * @returns {Promise<OpenedFile | undefined>}
 */
export async function openFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const base = path.join(root, path.normalize(decoded).replace(/^(\.\.[/\\])+/, ""));
  if (base !== root && !base.startsWith(root + path.sep)) return undefined;
  const candidates = decoded.endsWith("/")
    ? [path.join(base, "index.html")]
    : [base, `${base}.html`, path.join(base, "index.html")];
  for (const candidate of candidates) {
    const opened = await openRegularFile(candidate);
    if (opened) return opened;
  }
  return undefined;
}
