import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainRun } from "./plain-run.js";
import { renderInlineEscaped } from "./render-inline.js";

const quietCharacters = [..."abcXYZéßñ日本 ,.;'’‘“”\"?()%/—–-0123456789"];

describe("plainRun", () => {
  it("writes quiet prose exactly as the full escaping renderer does", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...quietCharacters), { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        (characters, lineStart) => {
          const content = [{ text: characters.join("") }];
          const plain = plainRun(content);
          if (plain === undefined) return;
          expect(plain).toBe(renderInlineEscaped(content, { lineStart }));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("leaves anything that could act to the full renderer", () => {
    for (const text of [
      "1. item",
      "2) item",
      "- item",
      "+ item",
      "see www.example.com",
      " edge",
      "a  b",
      "a*b",
      "a_b",
      "[a]",
      "a: b",
    ]) {
      expect(plainRun([{ text }]), text).toBeUndefined();
    }
    expect(plainRun([{ text: "a", marks: ["em"] }])).toBeUndefined();
    expect(plainRun([{ text: "a", href: "" }])).toBeUndefined();
    expect(plainRun([{ text: "a" }, { text: "b" }])).toBeUndefined();
  });
});
