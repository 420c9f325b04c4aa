import { expect, test } from "vitest";
import { datelinePrefix } from "./dateline-prefix.js";

test("the place's first part in capitals, then the date and the source", () => {
  expect(datelinePrefix({ place: "Kyiv, Ukraine", source: "AP" })).toBe("KYIV, Ukraine (AP) —");
  expect(datelinePrefix({ place: "Kyiv, Ukraine", date: "Sept. 14", source: "AP" })).toBe(
    "KYIV, Ukraine, Sept. 14 (AP) —",
  );
  expect(datelinePrefix({ place: "Genève" })).toBe("GENÈVE —");
});
