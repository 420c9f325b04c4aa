import { describe, expect, it } from "vitest";
import { ageText, durationText, type FetchFacts, fetchNote, fetchSummary } from "./fetch-note.js";

const NOW = Date.parse("2026-12-08T12:00:00Z");

function facts(more: Partial<FetchFacts> = {}): FetchFacts {
  return {
    url: "https://example.org/feed.xml",
    fetchedMs: NOW,
    fromCache: false,
    notModified: false,
    elapsedMs: 120,
    ...more,
  };
}

describe("fetchNote", () => {
  it("gives the host and the time a fetch took, and says when the server confirmed the copy", () => {
    expect(fetchNote("Gazette", 12, facts(), NOW)).toBe("Gazette: 12 items · example.org 120 ms");
    expect(
      fetchNote("Gazette", 1, facts({ fromCache: true, notModified: true, elapsedMs: 1460 }), NOW),
    ).toBe("Gazette: 1 item · example.org 1.5 s · cached, unchanged");
    expect(fetchNote("example.org", 2, facts(), NOW)).toBe("example.org: 2 items · 120 ms");
  });

  it("gives the age of the copy read offline", () => {
    const twoHours = facts({ fromCache: true, fetchedMs: NOW - 2 * 3_600_000 - 5_000 });
    expect(fetchNote("Gazette", 3, twoHours, NOW)).toBe(
      "Gazette: 3 items · offline copy from 2 h ago",
    );
  });

  it("keeps a name on one line", () => {
    expect(fetchNote("Two\nlines", 0, facts(), NOW)).toBe(
      "Two lines: 0 items · example.org 120 ms",
    );
  });
});

describe("fetchSummary", () => {
  const source = (
    name: string,
    host: string,
    elapsedMs: number,
    more: Partial<FetchFacts> = {},
  ) => ({
    name,
    items: 10,
    facts: facts({ url: `https://${host}/feed`, elapsedMs, ...more }),
  });

  it("notes one or two sources each", () => {
    expect(
      fetchSummary([source("A", "a.example", 80), source("B", "b.example", 95)], 100, NOW),
    ).toEqual(["A: 10 items · a.example 80 ms", "B: 10 items · b.example 95 ms"]);
  });

  it("sums up more: feeds, items, the whole time, the slowest source and how many were unchanged", () => {
    const sources = [
      source("A", "a.example", 80, { fromCache: true, notModified: true }),
      source("B", "slow.example", 930),
      source("C", "c.example", 200),
    ];
    expect(fetchSummary(sources, 1_010, NOW)).toEqual([
      "3 feeds, 30 items in 1.0 s · slowest slow.example 930 ms · 1 cached",
    ]);
  });

  it("gives the oldest copy's age offline", () => {
    const offline = (hoursAgo: number) =>
      source("X", "x.example", 1, { fromCache: true, fetchedMs: NOW - hoursAgo * 3_600_000 });
    expect(fetchSummary([offline(1), offline(80), offline(3)], 5, NOW)).toEqual([
      "3 feeds, 30 items · offline copies, the oldest from 3 days ago",
    ]);
  });
});

describe("durationText and ageText", () => {
  it("reads as a person would say it", () => {
    expect([0, 7.4, 999, 1000, 12_345].map(durationText)).toEqual([
      "0 ms",
      "7 ms",
      "999 ms",
      "1.0 s",
      "12.3 s",
    ]);
    expect(
      [NOW, NOW - 59_000, NOW - 5 * 60_000, NOW - 47 * 3_600_000, NOW - 49 * 3_600_000].map((ms) =>
        ageText(ms, NOW),
      ),
    ).toEqual(["just now", "just now", "5 min ago", "47 h ago", "2 days ago"]);
  });
});
