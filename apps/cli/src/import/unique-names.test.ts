import { describe, expect, it } from "vitest";
import { UniqueNames } from "./unique-names.js";

describe("UniqueNames", () => {
  it("gives a name to its first asker and name-2, name-3 to the next, in order", () => {
    const names = new UniqueNames();
    expect(
      ["story", "story", "other", "story", "story-2"].map((name) => names.claim(name)),
    ).toEqual(["story", "story-2", "other", "story-3", "story-2-2"]);
  });

  it("keeps a repeated 200-character name within 200 characters, without a doubled hyphen", () => {
    const names = new UniqueNames();
    const long = `${"a".repeat(197)}-bc`;
    names.claim(long);
    const second = names.claim(long);
    expect(second).toHaveLength(199);
    expect(second).toBe(`${"a".repeat(197)}-2`);
    expect(names.claim(long).length).toBeLessThanOrEqual(200);
  });
});

describe("UniqueNames at scale", () => {
  it("hands out 20,000 copies of one name as name, name-2 … name-20000", () => {
    const names = new UniqueNames();
    const given = Array.from({ length: 20_000 }, () => names.claim("tide"));
    expect(new Set(given).size).toBe(20_000);
    expect(given.at(-1)).toBe("tide-20000");
  });
});
