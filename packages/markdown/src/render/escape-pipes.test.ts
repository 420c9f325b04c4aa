import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileStrings, TEXT_GROUPS } from "../test-hostile-strings.js";
import { escapePipes } from "./escape-pipes.js";

/**
 * The pass written another way: the cell cut into escapes, backtick runs, pipes and other text
 * by one pattern, code spans found by matching run lengths, each pipe replaced by its own rule.
 */
function replaced(cell: string, family: "commonmark" | "redcarpet"): string {
  const pieces = cell.match(/\\+|`+|\||[^\\`|]+/g) ?? [];
  let fence = 0;
  let out = "";
  pieces.forEach((piece, index) => {
    const before = pieces[index - 1] ?? "";
    const escaped = before.startsWith("\\") && before.length % 2 === 1;
    if (piece.startsWith("`")) {
      if (fence === 0) fence = piece.length - (escaped ? 1 : 0);
      else if (piece.length === fence) fence = 0;
      out += piece;
    } else if (piece !== "|") {
      out += piece;
    } else if (fence > 0) {
      out += "\\|";
    } else if (family === "redcarpet") {
      out = `${escaped ? out.slice(0, -1) : out}&#124;`;
    } else {
      out += escaped ? "|" : "\\|";
    }
  });
  return out;
}

const cell = fc.oneof(
  fc
    .array(fc.constantFrom(..."|\\`ab |", "\\|", "\\\\|", "&#124;", "``", "\\`"), { maxLength: 12 })
    .map((parts) => parts.join("")),
  fc.string({ maxLength: 16 }),
);

describe("escapePipes", () => {
  it("writes what the pass written another way writes, for each family", () => {
    for (const family of ["commonmark", "redcarpet"] as const) {
      fc.assert(
        fc.property(cell, (text) => {
          expect(escapePipes(text, family)).toBe(replaced(text, family));
        }),
        { numRuns: 3000 },
      );
      for (const { text } of hostileStrings(...TEXT_GROUPS)) {
        expect(escapePipes(text, family), text).toBe(replaced(text, family));
      }
    }
  });

  it("escapes pipes that are not escaped yet, and only those", () => {
    expect(escapePipes("a | b \\| c \\\\| d")).toBe("a \\| b \\| c \\\\\\| d");
    expect(escapePipes("no pipe")).toBe("no pipe");
  });

  it("escapes every pipe in a code span, whose backslashes are literal", () => {
    expect(escapePipes("`a\\|b` \\`|`c|`")).toBe("`a\\\\|b` \\`\\|`c\\|`");
  });

  it("writes &#124; for Redcarpet, which splits cells on escaped pipes too", () => {
    expect(escapePipes("a | b \\| c", "redcarpet")).toBe("a &#124; b &#124; c");
  });
});
