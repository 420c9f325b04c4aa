import { describe, expect, it } from "vitest";
import { backgroundFromEnv, resolveTheme } from "./themes.js";

describe("resolveTheme", () => {
  it("gives light and dark themes their own colours for every layout role", () => {
    const light = resolveTheme("light", {}, true);
    const dark = resolveTheme("dark", {}, true);
    for (const role of ["headline", "heading", "link", "match", "current-match"] as const) {
      expect(light[role]).toMatch(/^\d+(;\d+)*$/);
      expect(dark[role]).toMatch(/^\d+(;\d+)*$/);
    }
    expect(light.headline).not.toBe(dark.headline);
  });

  it("picks from COLORFGBG for auto, dark when unknown", () => {
    expect(resolveTheme("auto", { COLORFGBG: "0;15" }, true)).toBe(resolveTheme("light", {}, true));
    expect(resolveTheme("auto", { COLORFGBG: "15;0" }, true)).toBe(resolveTheme("dark", {}, true));
    expect(resolveTheme("auto", {}, true)).toBe(resolveTheme("dark", {}, true));
  });

  it("uses no colour at all without colour, but still marks matches in inverse video", () => {
    const mono = resolveTheme("dark", {}, false);
    for (const sgr of Object.values(mono)) expect(sgr).toMatch(/^(?:[1-9](?:;|$))+$/);
    expect(mono.match).toContain("7");
  });
});

describe("backgroundFromEnv", () => {
  it("reads the last field of COLORFGBG", () => {
    expect(backgroundFromEnv({ COLORFGBG: "0;default;15" })).toBe("light");
    expect(backgroundFromEnv({ COLORFGBG: "7;0" })).toBe("dark");
    expect(backgroundFromEnv({ COLORFGBG: "nonsense" })).toBeUndefined();
    expect(backgroundFromEnv({})).toBeUndefined();
  });
});
