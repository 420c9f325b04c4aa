/**
 * `@sindresorhus/slugify` for the bundle, loaded on first use: its transliteration tables take a
 * while to build, and most commands (`read` of an article with a slug among them) never slugify.
 * Within the bundle, `require` evaluates the library synchronously, the first time only.
 */
let slugify;

export default function slugifyOnFirstUse(text, options) {
  slugify ??= require("@sindresorhus/slugify").default;
  return slugify(text, options);
}
