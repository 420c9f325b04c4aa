import type { Article } from "@broadsheet/article";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleOf } from "../test-arbitraries.js";
import { broadsheet } from "./broadsheet.js";

/** The article's keys in another order, or with an undefined field among them. */
const arrangement = fc.constantFrom("reversed", "body first", "undefined field");

function arranged(article: Article, how: string): Article {
  const entries = Object.entries(article);
  switch (how) {
    case "reversed":
      return Object.fromEntries(entries.reverse()) as Article;
    case "body first": {
      const { body, ...rest } = article;
      return { body, ...rest };
    }
    default: {
      const fields = article as unknown as Record<string, unknown>;
      const absent = ["kicker", "description", "url"].find((key) => fields[key] === undefined);
      return absent === undefined ? article : { ...article, [absent]: undefined };
    }
  }
}

describe("the broadsheet head", () => {
  it("is the same whatever order the article's keys are in", () => {
    fc.assert(
      fc.property(articleOf(), arrangement, (article, how) => {
        expect(broadsheet.head(arranged(article, how), {})).toBe(broadsheet.head(article, {}));
      }),
      { numRuns: 300 },
    );
  });
});
