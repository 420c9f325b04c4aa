import { describe, expect, it } from "vitest";
import { libraryStatusText, unreadText } from "./library-status-text.js";

describe("libraryStatusText", () => {
  it("says how many are unread before the notes, when the source records reading", () => {
    expect(
      libraryStatusText({
        unread: 3,
        notes: ["example.org: 12 items · 120 ms", "1 feed could not be read"],
        searching: false,
        filtering: false,
      }),
    ).toEqual({
      left: "3 unread · example.org: 12 items · 120 ms · 1 feed could not be read",
      right: "↑↓ choose · Enter read · q quit",
    });
    expect(
      libraryStatusText({ unread: 0, notes: [], searching: false, filtering: true }).left,
    ).toBe("all read");
  });

  it("says nothing of reading for a source that keeps no record, and names what Esc does", () => {
    expect(libraryStatusText({ notes: ["a note"], searching: true, filtering: true })).toEqual({
      left: "a note",
      right: "↑↓ choose · Enter read · Esc back",
    });
    expect(libraryStatusText({ notes: [], searching: false, filtering: true }).right).toBe(
      "↑↓ choose · Enter read · Esc clear",
    );
  });

  it("counts one unread and many", () => {
    expect([undefined, 0, 1, 40].map(unreadText)).toEqual([
      undefined,
      "all read",
      "1 unread",
      "40 unread",
    ]);
  });
});
