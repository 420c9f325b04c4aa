import { describe, expect, it } from "vitest";
import { joinLines } from "./join-lines.js";

describe("joinLines", () => {
  it("joins hard-wrapped lines with single spaces", () => {
    expect(joinLines(["Nearly a year after", "launching a surprise", "offensive."])).toBe(
      "Nearly a year after launching a surprise offensive.",
    );
  });

  it("joins a line that ends in a hyphen or dash after a word without a space", () => {
    expect(joinLines(["a well-", "known fact"])).toBe("a well-known fact");
    expect(joinLines(["the troops—", "who"])).toBe("the troops—who");
    expect(joinLines(["from 1990–", "2000"])).toBe("from 1990–2000");
  });

  it("keeps the space after a spaced dash", () => {
    expect(joinLines(["busiest lines --", "Vienna"])).toBe("busiest lines -- Vienna");
    expect(joinLines(["the troops —", "who"])).toBe("the troops — who");
  });

  it("returns one line unchanged and nothing for no lines", () => {
    expect(joinLines(["only"])).toBe("only");
    expect(joinLines([])).toBe("");
  });
});
