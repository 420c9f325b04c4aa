import { describe, expect, it } from "vitest";
import { colorEnabled } from "./color-enabled.js";

describe("colorEnabled", () => {
  it("is on for a terminal and off otherwise", () => {
    expect(colorEnabled({}, true)).toBe(true);
    expect(colorEnabled({}, false)).toBe(false);
  });

  it("honours NO_COLOR, FORCE_COLOR (which wins) and TERM=dumb", () => {
    expect(colorEnabled({ NO_COLOR: "1" }, true)).toBe(false);
    expect(colorEnabled({ NO_COLOR: "" }, true)).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: "0" }, true)).toBe(false);
    expect(colorEnabled({ FORCE_COLOR: "false" }, true)).toBe(false);
    expect(colorEnabled({ FORCE_COLOR: "1" }, false)).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: "1", NO_COLOR: "1" }, true)).toBe(true);
    expect(colorEnabled({ TERM: "dumb" }, true)).toBe(false);
  });
});
