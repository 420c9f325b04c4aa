import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileStrings } from "../test-hostile-strings.js";
import { protectShortcodes } from "./hugo-shortcodes.js";
import { protectLiquid } from "./liquid-raw.js";

const CORPUS = hostileStrings("inline-syntax", "block-starters", "unicode", "prose").map(
  (entry) => entry.text,
);

const markdown = fc.oneof(
  fc
    .array(fc.constantFrom(..."{}%<>ab \n".split(""), "{{", "{%", "{{<", "{{%", "%}"), {
      maxLength: 14,
    })
    .map((parts) => parts.join("")),
  fc.string({ maxLength: 16 }),
  fc.constantFrom(...CORPUS),
);

/** The passes as single replacements over the whole text, without the early return. */
const byPattern = {
  liquid: (text: string) => text.replace(/\{[{%][{%]*\}*/g, (run) => `{% raw %}${run}{% endraw %}`),
  shortcodes: (text: string) => text.replace(/\{\{(?=[<%])/g, "{&#123;"),
};

describe("template protection leaves text without a tag start as it is", () => {
  it("protectLiquid writes what its replacement writes", () => {
    fc.assert(
      fc.property(markdown, (text) => {
        expect(protectLiquid(text)).toBe(byPattern.liquid(text));
      }),
      { numRuns: 4000 },
    );
  });

  it("protectShortcodes writes what its replacement writes", () => {
    fc.assert(
      fc.property(markdown, (text) => {
        expect(protectShortcodes(text)).toBe(byPattern.shortcodes(text));
      }),
      { numRuns: 4000 },
    );
  });
});
