import { Article } from "@broadsheet/article";
import { expect, test } from "vitest";
import { inSchemaOrder, orderLikeSchema, type SchemaShape } from "./order-like-schema.js";

test("keys follow the schema at every level; undefined values are left out", () => {
  const ordered = orderLikeSchema(
    {
      headline: "H",
      author: [{ role: "Reporter", name: "Ann", url: undefined }],
      id: "a",
      dateline: { source: "AP", place: "Kyiv" },
      schemaVersion: 1,
      slug: "a",
    },
    Article as unknown as SchemaShape,
  );
  expect(JSON.stringify(ordered)).toBe(
    '{"schemaVersion":1,"id":"a","slug":"a","headline":"H","author":[{"name":"Ann","role":"Reporter"}],"dateline":{"place":"Kyiv","source":"AP"}}',
  );
});

test("a value already in schema order is used as it is; any other order gives the same copy", () => {
  const ordered = {
    schemaVersion: 1,
    id: "a",
    slug: "a",
    headline: "H",
    author: [{ name: "Ann", role: "Reporter" }],
    dateline: { place: "Kyiv", source: "AP" },
  };
  const schema = Article as unknown as SchemaShape;
  expect(orderLikeSchema(ordered, schema)).toBe(ordered);
  const shuffled = {
    dateline: { source: "AP", place: "Kyiv" },
    headline: "H",
    slug: "a",
    author: [{ role: "Reporter", name: "Ann" }],
    id: "a",
    schemaVersion: 1,
    kicker: undefined,
  };
  const reordered = orderLikeSchema(shuffled, schema);
  expect(reordered).not.toBe(shuffled);
  expect(JSON.stringify(reordered)).toBe(JSON.stringify(ordered));
  expect(orderLikeSchema({ ...ordered, kicker: undefined }, schema)).not.toHaveProperty("kicker");
});

test("inSchemaOrder is true exactly where orderLikeSchema leaves the object without its omitted key as it is", () => {
  const schema = Article as unknown as SchemaShape;
  const entries: [string, unknown][] = [
    ["schemaVersion", 1],
    ["id", "a"],
    ["body", []],
    ["slug", "a"],
    ["headline", "H"],
    ["author", [{ name: "Ann", role: "Reporter" }]],
    ["dateline", { place: "Kyiv", source: "AP" }],
  ];
  const variants: Record<string, unknown>[] = [
    Object.fromEntries(entries),
    Object.fromEntries([...entries].reverse()),
    Object.fromEntries([...entries, ["kicker", undefined]]),
    Object.fromEntries([...entries, ["unknownField", "x"]]),
    Object.fromEntries([["unknownField", "x"], ...entries]),
    Object.fromEntries([...entries.slice(0, 5), ["author", [{ role: "Reporter", name: "Ann" }]]]),
    Object.fromEntries([...entries.slice(0, 6), ["dateline", { source: "AP", place: "Kyiv" }]]),
    Object.fromEntries([["body", []], ...entries.filter(([key]) => key !== "body")]),
  ];
  for (const value of variants) {
    const { body: _body, ...rest } = value;
    expect(inSchemaOrder(value, schema, "body")).toBe(orderLikeSchema(rest, schema) === rest);
  }
});
