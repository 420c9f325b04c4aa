const ABSOLUTE_FORM = /^https?:\/\//i;

/**
 * The path of an HTTP request target (RFC 9112 §3.2), still percent-encoded, as a URL parser
 * reads it (dot segments resolved, `\` as `/`), or undefined for a target a static server
 * answers 400: anything but origin-form (`/path?query`) and absolute-form with an `http` or
 * `https` URL that parses and carries no user name or password (asterisk-form and
 * authority-form included). An origin-form target is read against a fixed host, so `//a:1/`
 * is the path `//a:1/`, never a host.
 *
 * @param {string} target
 * @returns {string | undefined}
 */
export function requestPath(target) {
  let url;
  try {
    if (target.startsWith("/")) url = new URL(`http://localhost${target}`);
    else if (ABSOLUTE_FORM.test(target)) url = new URL(target);
    else return undefined;
  } catch {
    return undefined;
  }
  if (url.username !== "" || url.password !== "") return undefined;
  return url.pathname;
}
