/**
 * One regular expression that matches where any of the given ones does (each is tested as a
 * whole, anchors included): a single scan instead of one per pattern.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  if (patterns.length === 0) return /$^/;
  const flags = patterns[0]?.flags ?? "";
  if (patterns.some((pattern) => pattern.flags !== flags || /[gy]/.test(pattern.flags))) {
    throw new Error("anyOf needs patterns with the same flags, none of them g or y");
  }
  return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join("|"), flags);
}
