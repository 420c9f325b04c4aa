import { type Article, slugify } from "@broadsheet/article";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fromMarkdown } from "../from-markdown.js";
import { articleOf } from "../test-arbitraries.js";
import { CARRIED } from "../test-carried.js";
import { toMarkdown } from "../to-markdown.js";
import { PROFILE_NAMES, PROFILES, type ProfileName } from "./index.js";

function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Partial<T>;
}

/** Profiles without a slug field derive it from the headline, which must have Latin letters. */
function sluggable(article: Article): Article {
  return slugify(article.headline) === ""
    ? { ...article, headline: `Story ${article.headline}` }
    : article;
}

function expected(article: Article, name: ProfileName, attribution?: string | true): Article {
  const carried = defined(CARRIED[name](article));
  const slug = carried.slug ?? (slugify(article.headline) as string);
  return {
    schemaVersion: 1,
    id: name === "broadsheet" ? article.id : slug,
    ...carried,
    slug,
    body: PROFILES[name].body(article, attribution === undefined ? {} : { attribution }),
  } as Article;
}

describe.each(PROFILE_NAMES.filter((name) => name !== "broadsheet"))("the %s profile", (name) => {
  test("reads back as the fields it carries and the body it writes", () => {
    fc.assert(
      fc.property(
        articleOf().map(sluggable),
        fc.option(fc.constantFrom("Broadsheet", true as const), { nil: undefined }),
        (article, attribution) => {
          const markdown = toMarkdown(article, {
            profile: name,
            ...(attribution === undefined ? {} : { attribution }),
          });
          const read = fromMarkdown(markdown, { profile: name });
          expect(read.ok ? [] : read.errors).toEqual([]);
          if (!read.ok) return;
          const want = expected(article, name, attribution);
          const got =
            CARRIED[name](article).slug === undefined
              ? { ...read.article, slug: want.slug, id: want.id }
              : read.article;
          expect(got).toEqual(want);
        },
      ),
      { numRuns: Number(process.env.RUNS ?? 30) },
    );
  }, 60_000);
});
