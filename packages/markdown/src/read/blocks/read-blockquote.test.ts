import { expect, test } from "vitest";
import { readBack } from "../../test-read-back.js";

test("markers are case-insensitive and may be followed directly by the text", () => {
  expect(readBack("> [!pullquote]\n> Words.\n>\n> — Ann").blocks).toEqual([
    { type: "blockquote", style: "pull", paragraphs: [[{ text: "Words." }]], attribution: "Ann" },
  ]);
  expect(readBack("> [!ASIDE] *Key* facts\n> Text.").errors).toEqual([
    expect.objectContaining({ message: expect.stringMatching(/fact box title is plain/) }),
  ]);
});

test("a lone `— ` paragraph is text, not an attribution", () => {
  expect(readBack("> — Ann").blocks).toEqual([
    { type: "blockquote", style: "block", paragraphs: [[{ text: "— Ann" }]] },
  ]);
});

test("a pull quote marker takes no title", () => {
  expect(readBack("> [!PULLQUOTE] Title\n>\n> Words.").errors).toEqual([
    expect.objectContaining({ line: 1, message: expect.stringMatching(/takes no title/) }),
  ]);
});
