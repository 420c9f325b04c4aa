import { describe, expect, it } from "vitest";
import { isEndMark } from "./is-end-mark.js";

describe("isEndMark", () => {
  it.each(["-30-", "- 30 -", "###", "# # #", "ENDS", "(END)", "EndIt"])(
    "reads %j as an end mark",
    (line) => {
      expect(isEndMark(line)).toBe(true);
    },
  );

  it.each(["30", "The end", "-- 30 --x"])("does not read %j as an end mark", (line) => {
    expect(isEndMark(line)).toBe(false);
  });
});
