import { Article } from "@broadsheet/article";
import { expect, test } from "vitest";
import { orderLikeSchema, type SchemaShape } from "./order-like-schema.js";

test("keys follow the schema at every level, unknown keys last; undefined values are left out", () => {
  const ordered = orderLikeSchema(
    {
      extra: "x",
      headline: "H",
      author: [{ role: "Reporter", name: "Ann", url: undefined }],
      id: "a",
      kicker: undefined,
      dateline: { source: "AP", place: "Kyiv" },
      schemaVersion: 1,
      slug: "a",
    },
    Article as unknown as SchemaShape,
  );
  expect(JSON.stringify(ordered)).toBe(
    '{"schemaVersion":1,"id":"a","slug":"a","headline":"H","author":[{"name":"Ann","role":"Reporter"}],"dateline":{"place":"Kyiv","source":"AP"},"extra":"x"}',
  );
});

test("a value already in schema order is itself the result, at every level", () => {
  const schema = Article as unknown as SchemaShape;
  const ordered = {
    schemaVersion: 1,
    id: "a",
    headline: "H",
    author: [{ name: "Ann", role: "Reporter" }],
    keywords: ["x", "y"],
  };
  expect(orderLikeSchema(ordered, schema)).toBe(ordered);
  const nested = { ...ordered, author: [{ role: "Reporter", name: "Ann" }] };
  const copy = orderLikeSchema(nested, schema) as typeof nested;
  expect(copy).not.toBe(nested);
  expect(copy.keywords).toBe(nested.keywords);
  expect(JSON.stringify(copy)).toBe(JSON.stringify(ordered));
});
