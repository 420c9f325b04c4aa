import { promisify } from "node:util";
import zlib from "node:zlib";

const brotliCompress = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

const MIB = 1024 * 1024;

/** @typedef {"br" | "gzip" | "identity"} Encoding */

/**
 * What identifies one version of an open file: device, inode, size, modification and change
 * times in nanoseconds. Rewriting a file in place changes its ctime even when its size and
 * mtime are put back; replacing it changes its inode.
 *
 * @param {import("node:fs").BigIntStats} stats
 * @returns {string}
 */
export function fileVersion(stats) {
  return [stats.dev, stats.ino, stats.size, stats.mtimeNs, stats.ctimeNs]
    .map((value) => value.toString(36))
    .join("-");
}

/**
 * @param {Buffer} bytes
 * @param {Encoding} encoding
 * @returns {Promise<Buffer>}
 */
function encode(bytes, encoding) {
  if (encoding === "gzip") return gzip(bytes, { level: 9 });
  if (encoding === "br") {
    const quality = bytes.length <= MIB ? 11 : 5;
    return brotliCompress(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
  }
  return Promise.resolve(bytes);
}

/**
 * Every byte of an open file, read by position (so two readers of one handle cannot interleave),
 * up to `size`; fewer when the file shrank meanwhile.
 *
 * @param {import("node:fs/promises").FileHandle} handle
 * @param {number} size
 * @returns {Promise<Buffer>}
 */
async function readAll(handle, size) {
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const { bytesRead } = await handle.read(buffer, filled, size - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

/**
 * @typedef {object} FileBytesCacheOptions
 * @property {number} [maxBytes] the most bytes the cache keeps (64 MiB); least recently used go first
 * @property {number} [maxFileBytes] larger files are not read whole but streamed as they are (8 MiB)
 */

/**
 * A cache of the bytes of served files in each encoding, compressed once per version of a file.
 * Entries are keyed by path and encoding and hold the {@link fileVersion} they were made from:
 * a changed file never matches, so its old bytes are never served. Requests for a version being
 * read or compressed share that one piece of work. Bytes of a file that changed while it was read
 * are served to the requests that asked but not kept.
 *
 * @param {FileBytesCacheOptions} [options]
 */
export function createFileBytesCache({ maxBytes = 64 * MIB, maxFileBytes = 8 * MIB } = {}) {
  /** @type {Map<string, { version: string, bytes: Buffer }>} */
  const entries = new Map();
  /** @type {Map<string, Promise<Buffer>>} */
  const pending = new Map();
  const counts = { reads: 0, compressions: 0, cachedBytes: 0 };

  /**
   * @param {string} key
   * @param {string} version
   * @param {Buffer} bytes
   */
  function keep(key, version, bytes) {
    const old = entries.get(key);
    if (old) {
      entries.delete(key);
      counts.cachedBytes -= old.bytes.length;
    }
    if (bytes.length > maxBytes) return;
    entries.set(key, { version, bytes });
    counts.cachedBytes += bytes.length;
    for (const [oldestKey, oldest] of entries) {
      if (counts.cachedBytes <= maxBytes) break;
      entries.delete(oldestKey);
      counts.cachedBytes -= oldest.bytes.length;
    }
  }

  /**
   * @param {import("./open-file.mjs").OpenedFile} opened
   * @param {Encoding} encoding
   * @param {string} key
   * @param {string} version
   */
  async function produce(opened, encoding, key, version) {
    counts.reads++;
    const raw = await readAll(opened.handle, Number(opened.stats.size));
    const unchanged = fileVersion(await opened.handle.stat({ bigint: true })) === version;
    if (encoding !== "identity") counts.compressions++;
    const bytes = await encode(raw, encoding);
    if (unchanged && raw.length === Number(opened.stats.size)) keep(key, version, bytes);
    return bytes;
  }

  return {
    /** Reads, compressions and the bytes held now; for tests and benchmarks. */
    counts,
    /**
     * Whether a file is small enough to be read whole and cached.
     * @param {import("node:fs").BigIntStats} stats
     */
    fits(stats) {
      return stats.size <= BigInt(maxFileBytes);
    },
    /**
     * The bytes of an open file in `encoding`, from the cache when this version is there.
     * The caller keeps the file open until the promise settles.
     *
     * @param {import("./open-file.mjs").OpenedFile} opened
     * @param {Encoding} encoding
     * @returns {Promise<Buffer>}
     */
    bytes(opened, encoding) {
      const key = `${encoding}\u0000${opened.file}`;
      const version = fileVersion(opened.stats);
      const entry = entries.get(key);
      if (entry?.version === version) {
        entries.delete(key);
        entries.set(key, entry);
        return Promise.resolve(entry.bytes);
      }
      const work = `${key}\u0000${version}`;
      let promise = pending.get(work);
      if (!promise) {
        promise = produce(opened, encoding, key, version).finally(() => pending.delete(work));
        pending.set(work, promise);
      }
      return promise;
    },
  };
}

/** @typedef {ReturnType<typeof createFileBytesCache>} FileBytesCache */
