import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileStrings, TEXT_GROUPS } from "../test-hostile-strings.js";
import { lineBreaksAsHtml } from "./blocks/table.js";
import { escapePipes } from "./escape-pipes.js";

/** The pass as one replacement over the whole cell, without the early return. */
function replaced(cell: string, family: "commonmark" | "redcarpet"): string {
  return cell.replace(/(\\*)\|/g, (match: string, slashes: string) => {
    if (family === "redcarpet")
      return `${slashes.slice(0, slashes.length - (slashes.length % 2))}&#124;`;
    return slashes.length % 2 === 0 ? `${slashes}\\|` : match;
  });
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

  it("writes a code span's text as it is, <br> for a line break outside code", () => {
    expect(lineBreaksAsHtml("a&#10;b `&#10;` \\&#10; c&#10;")).toBe("a<br>b `&#10;` \\&#10; c<br>");
  });

  it("writes &#124; for Redcarpet, which splits cells on escaped pipes too", () => {
    expect(escapePipes("a | b \\| c", "redcarpet")).toBe("a &#124; b &#124; c");
  });
});
