/** Whether a pattern can only match at the start: a leading `^` and no `|` outside a group. */
function startAnchored(source: string): boolean {
  if (!source.startsWith("^")) return false;
  let depth = 0;
  let inClass = false;
  for (let index = 1; index < source.length; index++) {
    const char = source[index];
    if (char === "\\") index++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (char === "|" && depth === 0) return false;
  }
  return true;
}

/**
 * One regular expression that matches where any of the given ones does (each is tested as a
 * whole, anchors included): a single scan instead of one per pattern, tried at the start only
 * when every pattern is anchored there.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  if (patterns.length === 0) return /$^/;
  const flags = patterns[0]?.flags ?? "";
  if (patterns.some((pattern) => pattern.flags !== flags || /[gmy]/.test(pattern.flags))) {
    throw new Error("anyOf needs patterns with the same flags, none of them g, m or y");
  }
  const alternatives = patterns.map((pattern) => `(?:${pattern.source})`).join("|");
  const anchored = patterns.every((pattern) => startAnchored(pattern.source));
  return new RegExp(anchored ? `^(?:${alternatives})` : alternatives, flags);
}
