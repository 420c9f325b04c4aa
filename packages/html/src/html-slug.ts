import { slugify } from "@broadsheet/article";

const MAX_SLUG = 200;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The slug for an imported headline: `slugify(headline)`, cut at a hyphen to at most 200
 * characters, or `fallback` when nothing slug-worthy remains (a headline wholly in CJK, say).
 */
export function htmlSlug(headline: string, fallback: string): string {
  let slug = slugify(headline);
  if (slug.length > MAX_SLUG) {
    const cut = slug.lastIndexOf("-", MAX_SLUG);
    slug = slug.slice(0, cut > 0 ? cut : MAX_SLUG);
  }
  return SLUG.test(slug) ? slug : fallback;
}
