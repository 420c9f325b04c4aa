import { describe, expect, it } from "vitest";
import { feedFirstFrame } from "./feed-first-frame.js";

function rss(count: number): string {
  const items = Array.from(
    { length: count },
    (_, index) =>
      `<item><title>Story ${index}</title><link>https://example.org/${index}</link><guid>s${index}</guid><pubDate>${new Date(Date.UTC(2026, 0, 1 + index)).toUTCString()}</pubDate><description>&lt;p&gt;Words of story ${index}.&lt;/p&gt;</description></item>`,
  ).join("");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title><link>https://example.org/</link>${items}</channel></rss>`;
}

describe("feedFirstFrame", () => {
  const frame = feedFirstFrame(new TextEncoder().encode(rss(40)), "https://example.org/feed.xml", {
    columns: 80,
    rows: 12,
  });

  it("draws the newest item first and only as many rows as the terminal holds", () => {
    const newest = frame.indexOf("Story 39");
    expect(newest).toBeGreaterThan(-1);
    expect(newest).toBeLessThan(frame.indexOf("Story 38"));
    expect(frame).not.toContain("Story 0 ");
  });

  it("enters the alternate screen and gives the terminal back", () => {
    expect(frame.startsWith("\u001b[?1049h")).toBe(true);
    expect(frame.endsWith("\u001b[?1049l")).toBe(true);
  });

  it("fails with the feed's error on bytes that are not a feed", () => {
    expect(() =>
      feedFirstFrame(new TextEncoder().encode("<html></html>"), "https://example.org/", {
        columns: 80,
        rows: 12,
      }),
    ).toThrow();
  });
});
