import { RemoteError } from "../remote-error.js";

function isWebScheme(url: URL): boolean {
  return url.protocol === "http:" || url.protocol === "https:";
}

/**
 * An address as a URL that may be fetched: http or https, no user name or password, the fragment
 * dropped (it never reaches the server). Anything else is refused before any I/O.
 *
 * @throws RemoteError (`scheme`) naming what is wrong
 */
export function parseWebUrl(address: string | URL): URL {
  let url: URL;
  try {
    url = new URL(String(address));
  } catch {
    throw new RemoteError(
      "scheme",
      "not a web address: give a whole http:// or https:// URL (https://example.com/feed.xml)",
    );
  }
  if (!isWebScheme(url)) {
    throw new RemoteError(
      "scheme",
      `${url.protocol} addresses are not fetched: only http:// and https:// are; give a web address`,
    );
  }
  if (url.username !== "" || url.password !== "") {
    throw new RemoteError(
      "scheme",
      `${url.host}: an address with a user name or password in it is not fetched: give it without`,
    );
  }
  url.hash = "";
  return url;
}

/**
 * Where a redirect leads, checked as the first address was: an http(s) URL, and not from https
 * down to plain http unless that is allowed.
 *
 * @param from - the address that answered with the redirect
 * @param location - its Location header
 * @throws RemoteError (`redirect`) naming what is wrong
 */
export function redirectTarget(from: URL, location: string | null, allowHttpsToHttp: boolean): URL {
  if (location === null || location.trim() === "") {
    throw new RemoteError(
      "redirect",
      `${from.host}: the server redirected without saying where (no Location): try again later`,
    );
  }
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    throw new RemoteError(
      "redirect",
      `${from.host}: the server redirected to something that is not an address: try again later`,
    );
  }
  if (!isWebScheme(target)) {
    throw new RemoteError(
      "redirect",
      `${from.host}: the server redirected to a ${target.protocol} address, which is not fetched (only http and https): refused`,
    );
  }
  if (from.protocol === "https:" && target.protocol === "http:" && !allowHttpsToHttp) {
    throw new RemoteError(
      "redirect",
      `${from.host}: the server redirected from https down to unencrypted http (${target.host}): refused; give the http:// address yourself if you trust it`,
    );
  }
  if (target.username !== "" || target.password !== "") {
    throw new RemoteError(
      "redirect",
      `${from.host}: the server redirected to an address with a user name or password in it: refused`,
    );
  }
  target.hash = "";
  return target;
}
