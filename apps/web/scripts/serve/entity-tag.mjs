/**
 * A strong entity tag for one version of a file in one encoding: the file's inode, size,
 * modification and change times (nginx uses size and mtime; the change time also tells a file
 * rewritten with its old mtime put back), with the encoding, since a compressed response is a
 * different representation.
 *
 * @param {import("node:fs").BigIntStats} stats
 * @param {string | undefined} encoding
 * @returns {string}
 */
export function entityTag(stats, encoding) {
  const parts = [stats.ino, stats.size, stats.mtimeNs, stats.ctimeNs].map((value) =>
    value.toString(16),
  );
  return `"${parts.join("-")}${encoding ? `-${encoding}` : ""}"`;
}

/**
 * Whether an `If-None-Match` header matches `tag` (RFC 9110 §13.1.2: weak comparison, `*`
 * matches any current representation). Anything malformed simply does not match.
 *
 * @param {string | undefined} header
 * @param {string} tag
 * @returns {boolean}
 */
export function matchesIfNoneMatch(header, tag) {
  if (!header) return false;
  return header.split(",").some((part) => {
    const candidate = part.trim();
    return candidate === "*" || candidate.replace(/^W\//, "") === tag;
  });
}
