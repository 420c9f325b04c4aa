import type { Heading } from "@broadsheet/article";
import { expect, test } from "vitest";
import { readBack } from "../../test-read-back.js";
import { renderHeading } from "../render-body.js";

test("headings are ATX, level 2 to 4", () => {
  for (const level of [2, 3, 4] as const) {
    const block: Heading = { type: "heading", level, content: [{ text: "What we know" }] };
    expect(renderHeading(block)).toBe(`${"#".repeat(level)} What we know`);
    expect(readBack(renderHeading(block)).blocks).toEqual([block]);
  }
});

test("a closing-sequence look-alike and a line break survive", () => {
  const block: Heading = { type: "heading", level: 2, content: [{ text: "Ticket #\nTwo" }] };
  expect(renderHeading(block)).toBe("## Ticket #&#10;Two");
  const trailing: Heading = { type: "heading", level: 3, content: [{ text: "Issue ##" }] };
  expect(renderHeading(trailing)).toBe("### Issue \\##");
  expect(readBack(renderHeading(trailing)).blocks).toEqual([trailing]);
});
