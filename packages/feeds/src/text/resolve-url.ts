const SAFE_SCHEMES = new Set(["http:", "https:"]);

/**
 * A reference made absolute against a base URL, or undefined when it cannot be (no base for a
 * relative reference, or not a URL).
 */
export function resolveUrl(reference: string, base: string | undefined): string | undefined {
  const trimmed = reference.trim();
  if (trimmed === "") return undefined;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return undefined;
  }
}

/**
 * A link a reader may follow: absolute, http or https only (`javascript:`, `data:` and the rest
 * give undefined).
 */
export function resolveLink(reference: string, base: string | undefined): string | undefined {
  const url = resolveUrl(reference, base);
  if (url === undefined) return undefined;
  return SAFE_SCHEMES.has(new URL(url).protocol) ? url : undefined;
}
