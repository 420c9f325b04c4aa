import type { Article } from "@broadsheet/article";
import { Article as ArticleSchema } from "@broadsheet/article";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  inSchemaOrder,
  orderLikeSchema,
  type SchemaShape,
} from "../front-matter/order-like-schema.js";
import { toYaml } from "../front-matter/to-yaml.js";
import { articleOf } from "../test-arbitraries.js";
import { broadsheet } from "./broadsheet.js";

/** The head by the full path: the fields but the body copied, put in schema order, then YAML. */
function headByCopy(article: Article): string {
  const { body: _body, ...fields } = article;
  const ordered = orderLikeSchema(fields, ArticleSchema as unknown as SchemaShape);
  return `---\n${toYaml(ordered as Record<string, unknown>)}---\n\n`;
}

/** The article's keys in another order, or with an undefined field among them. */
const arrangement = fc.constantFrom("as is", "reversed", "body first", "undefined kicker");

function arranged(article: Article, how: string): Article {
  const entries = Object.entries(article);
  switch (how) {
    case "reversed":
      return Object.fromEntries(entries.reverse()) as Article;
    case "body first": {
      const { body, ...rest } = article;
      return { body, ...rest };
    }
    case "undefined kicker":
      return { ...article, kicker: undefined };
    default:
      return article;
  }
}

describe("the broadsheet head", () => {
  it("writes what the copied, ordered fields write, in any key order", () => {
    const schema = ArticleSchema as unknown as SchemaShape;
    let direct = 0;
    fc.assert(
      fc.property(articleOf(), arrangement, (article, how) => {
        const input = arranged(article, how);
        if (inSchemaOrder(input as unknown as Record<string, unknown>, schema, "body")) direct++;
        expect(broadsheet.head(input, {})).toBe(headByCopy(input));
      }),
      { numRuns: 1_000 },
    );
    expect(direct).toBeGreaterThan(300);
  });
});
