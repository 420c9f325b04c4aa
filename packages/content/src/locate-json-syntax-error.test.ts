import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineColumnAt } from "./line-column.js";
import { locateJsonSyntaxError } from "./locate-json-syntax-error.js";

function located(text: string) {
  const found = locateJsonSyntaxError(text);
  if (!found) throw new Error(`expected a syntax error in ${JSON.stringify(text)}`);
  return { ...lineColumnAt(text, found.offset), message: found.message };
}

describe("locateJsonSyntaxError", () => {
  it.each([
    ['{\n  "a": 1,\n}', 2, 9, /trailing comma before "}"/],
    ["[1,\n 2,\n]", 2, 3, /trailing comma before "]"/],
    [
      '{\n  "a": 1\n  "b": 2\n}',
      3,
      3,
      /expected "," or "}" after a field, found a string \(a missing comma\?\)/,
    ],
    ['{"a": }', 1, 7, /expected a value, found "}"/],
    ['{"a" 1}', 1, 6, /expected ":" after the field name/],
    ["{'a': 1}", 1, 2, /double quotes, not single quotes/],
    ['{"a": tru}', 1, 7, /unexpected word "tru"/],
    ['{"a": yes}', 1, 7, /unexpected word "yes"/],
    ['{\n  // note\n  "a": 1}', 2, 3, /does not allow comments/],
    ['{"a": "x\ny"}', 1, 9, /line break inside a string/],
    ['{"a": "\\q"}', 1, 8, /invalid escape \\q/],
    ['{"a": "\\u12"}', 1, 8, /4 hex digits/],
    ['{\n"a": "open', 2, 6, /string that starts here \(line 2\) is never closed/],
    ['{\n  "body": [\n    1', 3, 6, /the "\[" on line 2 is never closed with "]"/],
    ["", 1, 1, /the file is empty/],
    ['{"a": 1} {"b": 2}', 1, 10, /after the end of the document/],
    ['{"a": 01}', 1, 8, /expected "," or "}"/],
    ['{"a": -}', 1, 7, /invalid number/],
    ["[1}", 1, 3, /expected "," or "]" after a list item, found "}"/],
  ])("%j: line %i, column %i", (text, line, column, message) => {
    const found = located(text);
    expect({ line: found.line, column: found.column }).toEqual({ line, column });
    expect(found.message).toMatch(message);
  });

  it("finds no error in valid JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(locateJsonSyntaxError(JSON.stringify(value, null, 2))).toBeUndefined();
      }),
    );
  });

  it("finds an error in every text JSON.parse rejects", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."{}[]:,\"\\ \n0123-.eEtrunlfas'/x") }),
        (text) => {
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          expect(locateJsonSyntaxError(text) === undefined).toBe(valid);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("survives deep nesting without overflowing the stack", () => {
    const deep = "[".repeat(200_000);
    expect(located(deep).message).toMatch(/never closed/);
  });
});
