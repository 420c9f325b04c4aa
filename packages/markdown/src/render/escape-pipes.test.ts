import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileStrings, TEXT_GROUPS } from "../test-hostile-strings.js";
import { escapePipes } from "./escape-pipes.js";

/** The pass as one replacement over the whole cell, without the early return. */
function replaced(cell: string): string {
  return cell.replace(/(\\*)\|/g, (match: string, slashes: string) =>
    slashes.length % 2 === 0 ? `${slashes}\\|` : match,
  );
}

const cell = fc.oneof(
  fc
    .array(fc.constantFrom(..."|\\`ab |", "\\|", "\\\\|", "&#124;"), { maxLength: 12 })
    .map((parts) => parts.join("")),
  fc.string({ maxLength: 16 }),
);

describe("escapePipes", () => {
  it("writes what one replacement over the cell writes", () => {
    fc.assert(
      fc.property(cell, (text) => {
        expect(escapePipes(text)).toBe(replaced(text));
      }),
      { numRuns: 4000 },
    );
    for (const { text } of hostileStrings(...TEXT_GROUPS)) {
      expect(escapePipes(text), text).toBe(replaced(text));
    }
  });

  it("escapes pipes that are not escaped yet, and only those", () => {
    expect(escapePipes("a | b \\| c \\\\| d")).toBe("a \\| b \\| c \\\\\\| d");
    expect(escapePipes("no pipe")).toBe("no pipe");
  });
});
