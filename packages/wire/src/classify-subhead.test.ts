import { describe, expect, it } from "vitest";
import { classifySubhead } from "./classify-subhead.js";
import { isTitleCase } from "./is-title-case.js";

describe("isTitleCase", () => {
  it.each([
    "Initial Invasion Captured Over 1,000 km²",
    "Ukraine Ramps Up Attacks, Says Civilian Targets Avoided",
    "North Korea to Send More Troops and Workers",
    "What Comes After the Bridge?",
    "WHAT THE ROUTES COST",
    "Troops Advance 90 km in a Week",
    "iPhone Sales Fall in China",
    "Νέα Γέφυρα Στην Αθήνα",
  ])("accepts %j", (text) => {
    expect(isTitleCase(text)).toBe(true);
  });

  it.each(["What the deal includes", "the Lead Starts Lowercase", "5 things to know", "1,000"])(
    "rejects %j",
    (text) => {
      expect(isTitleCase(text)).toBe(false);
    },
  );
});

describe("classifySubhead", () => {
  it.each([
    ["Initial Invasion Captured Over 1,000 km²", "title"],
    ["Who Opposed It?", "title"],
    ["Background", "title"],
    ["U.S. Troops Withdraw From Base", "title"],
    ["What the deal includes", "sentence"],
    ["Що далі?", "sentence"],
  ])("reads %j as %s", (text, kind) => {
    expect(classifySubhead(text)).toBe(kind);
  });

  it.each([
    '"We will not leave," she said.',
    '"We Will Not Leave"',
    "“Not One Step Back”",
    "The vote was close.",
    "Key Points:",
    "Stay Tuned!",
    "Ends Here. Begins Again",
    "- A Bullet Item",
    "— Olena Kovalenko",
    "This line has far too many words to be a subhead even though it lacks a period at the end",
    "A".repeat(121),
    "",
  ])("rejects %j", (text) => {
    expect(classifySubhead(text)).toBeUndefined();
  });
});
