const COMPRESSIBLE = /^(?:text\/|image\/svg\+xml|application\/(?:[\w.+-]+\+)?(?:json|xml))/;

/**
 * The encoding to send a response of `type` in for a request's `Accept-Encoding`: `br`, then
 * `gzip`, for text types only (PNG is compressed already); undefined for none.
 *
 * @param {string} type
 * @param {string | undefined} acceptEncoding
 * @returns {"br" | "gzip" | undefined}
 */
export function chooseEncoding(type, acceptEncoding) {
  if (!COMPRESSIBLE.test(type) || !acceptEncoding) return undefined;
  const accepted = new Set(
    acceptEncoding
      .toLowerCase()
      .split(",")
      .map((part) => part.trim().split(";"))
      .filter(([, ...params]) => !params.some((param) => /^\s*q=0(?:\.0*)?\s*$/.test(param)))
      .map(([name]) => name?.trim()),
  );
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip")) return "gzip";
  return undefined;
}
