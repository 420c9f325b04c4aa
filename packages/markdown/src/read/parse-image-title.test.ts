import { expect, test } from "vitest";
import { parseImageTitle } from "./parse-image-title.js";

test("credit, then | WIDTHxHEIGHT; either dimension may be left out", () => {
  expect(parseImageTitle("Photo: AP | 1200x800")).toEqual({
    credit: "Photo: AP",
    width: 1200,
    height: 800,
  });
  expect(parseImageTitle("1200x800")).toEqual({ width: 1200, height: 800 });
  expect(parseImageTitle("640x")).toEqual({ width: 640 });
  expect(parseImageTitle("x480")).toEqual({ height: 480 });
  expect(parseImageTitle("AP \\| 3x4")).toEqual({ credit: "AP | 3x4" });
  expect(parseImageTitle("3&#120;4")).toEqual({ credit: "3x4" });
  expect(parseImageTitle("")).toEqual({});
});
