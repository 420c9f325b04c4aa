/** The largest article file the loader reads: 5 MB, far above any real article. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** `5 MB`, `20.0 MB`, `812 KB`: a byte count as a person reads it. */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return Number.isInteger(mb) ? `${mb} MB` : `${mb.toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}
