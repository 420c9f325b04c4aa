import { siteOrigin } from "./site";

/** Whether a link leaves the site (any http(s) URL on another origin; mailto is not external). */
export function isExternalUrl(href: string): boolean {
  if (!/^https?:/i.test(href)) return false;
  try {
    return new URL(href).origin !== new URL(siteOrigin()).origin;
  } catch {
    return true;
  }
}
