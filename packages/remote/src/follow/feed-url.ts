/**
 * A feed address as followed: an absolute http(s) URL without its fragment, `feed:` addresses
 * (`feed://host/path`, `feed:https://host/path`) read as the web address they stand for.
 * Anything else is `{ refused }`: the scheme refused, `credentials`, or "" for no address.
 */
export function feedUrlOf(address: string): { url: string } | { refused: string } {
  const trimmed = address.trim();
  const unwrapped = /^feed:\/\//i.test(trimmed)
    ? `http://${trimmed.slice(7)}`
    : /^feed:https?:/i.test(trimmed)
      ? trimmed.slice(5)
      : trimmed;
  let url: URL;
  try {
    url = new URL(unwrapped);
  } catch {
    return { refused: "" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { refused: url.protocol };
  if (url.username !== "" || url.password !== "") return { refused: "credentials" };
  url.hash = "";
  return { url: url.href };
}
