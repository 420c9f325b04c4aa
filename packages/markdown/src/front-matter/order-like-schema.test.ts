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
