import { expect, test } from "vitest";
import { parsePath } from "./map-validation-errors.js";

test("reads paths as formatPath writes them", () => {
  expect(parsePath("body[3].content[0].href")).toEqual(["body", 3, "content", 0, "href"]);
  expect(parsePath('["odd key"][1]')).toEqual(["odd key", 1]);
  expect(parsePath("(document)")).toEqual([]);
});
