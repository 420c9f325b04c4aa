import { createHash } from "node:crypto";
import { type Article, slugify } from "@broadsheet/article";
import { transliterate } from "transliteration";

/** A section of the publication and its URL slug. */
export interface Section {
  name: string;
  slug: string;
}

const WORD = /(?:[\p{L}\p{N}]\p{M}*)+/gu;
const UNIT = /[\p{L}\p{N}]\p{M}*/gu;
const slugs = new Map<string, string>();

/**
 * The name with every run of letters the slugifier would drop (CJK, Hangul, Devanagari, Hebrew,
 * Thai, …) spelled in Latin letters by `transliteration`, set off by spaces so that each run
 * becomes its own words. Letters the slugifier spells itself are left to it.
 */
function romanize(name: string): string {
  return name.replace(WORD, (word) => {
    let out = "";
    let run = "";
    for (const [unit] of word.matchAll(UNIT)) {
      if (slugify(unit) === "") {
        run += unit;
        continue;
      }
      if (run) out += ` ${transliterate(run)} `;
      run = "";
      out += unit;
    }
    return run ? `${out} ${transliterate(run)} ` : out;
  });
}

/**
 * The slug of a section name: `@broadsheet/article`'s `slugify` (Latin, Cyrillic, Greek, Arabic
 * and more, as before), with the scripts it drops transliterated first; a name with nothing to
 * spell (punctuation, emoji) gets the first 8 hex digits of the SHA-256 of its NFC form. Equal
 * names in any normalization form get the same slug; different names can still meet (`C++`, `C#`),
 * which {@link sectionsOf} refuses.
 */
export function sectionSlug(name: string): string {
  const cached = slugs.get(name);
  if (cached !== undefined) return cached;
  const key = name.normalize("NFC");
  const slug = slugify(romanize(key)) || createHash("sha256").update(key).digest("hex").slice(0, 8);
  slugs.set(name, slug);
  return slug;
}

/** Two section names that would share a page, with an article filed in each. */
interface Collision {
  slug: string;
  first: { name: string; article: string };
  second: { name: string; article: string };
}

function collisionError(collisions: readonly Collision[]): Error {
  const lines = collisions.map(
    ({ slug, first, second }) =>
      `the sections "${first.name}" (article ${first.article}) and "${second.name}" (article ${second.article}) would share the page /section/${slug}; rename one of them`,
  );
  return new Error(`Broadsheet: ${lines.join("\nBroadsheet: ")}`);
}

/**
 * The sections the articles are filed in, in the order of their slugs, so that publishing a story
 * never reorders the navigation every page carries (and so never changes every page). A name is
 * one section in any normalization form (the form of the newest article is shown). Throws, naming every
 * pair and an article of each, when two different names would get the same slug, so the build
 * fails rather than list two sections on one page.
 */
export function sectionsOf(articles: readonly Article[]): Section[] {
  const bySlug = new Map<string, Section & { key: string; article: string }>();
  const collisions: Collision[] = [];
  for (const article of articles) {
    if (!article.articleSection) continue;
    const name = article.articleSection;
    const key = name.normalize("NFC");
    const slug = sectionSlug(name);
    const seen = bySlug.get(slug);
    if (!seen) {
      bySlug.set(slug, { name, slug, key, article: article.slug });
    } else if (
      seen.key !== key &&
      !collisions.some((c) => c.slug === slug && c.second.name === name)
    ) {
      collisions.push({
        slug,
        first: { name: seen.name, article: seen.article },
        second: { name, article: article.slug },
      });
    }
  }
  if (collisions.length > 0) throw collisionError(collisions);
  return [...bySlug.values()]
    .map(({ name, slug }) => ({ name, slug }))
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
