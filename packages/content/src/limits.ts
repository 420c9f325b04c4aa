/** The largest article file the loader reads: 5 MB, far above any real article. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/**
 * What the Markdown reader bounds inside a file, so that any file under MAX_ARTICLE_BYTES is read
 * in linear time and bounded memory (see the Limits section of @broadsheet/markdown's README).
 */
export {
  MAX_BODY_LINES,
  MAX_BREAKS_PER_WORD,
  MAX_EMPHASIS_DELIMITER_RUNS,
  MAX_FRONT_MATTER_KEYS,
  MAX_INLINE_MARKUP,
  MAX_NESTING_DEPTH,
} from "@broadsheet/markdown";

/** `5 MB`, `20.0 MB`, `812 KB`: a byte count as a person reads it. */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return Number.isInteger(mb) ? `${mb} MB` : `${mb.toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}
