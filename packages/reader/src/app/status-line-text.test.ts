import { describe, expect, it } from "vitest";
import type { Layout, LayoutLine } from "../layout/layout-types.js";
import { initialReaderState, type ReaderState } from "./reader-state.js";
import { statusLineText } from "./status-line-text.js";

const lines: LayoutLine[] = Array.from({ length: 100 }, (_, i) => ({
  segments: [{ text: `line ${i}` }],
  block: i,
  lineInBlock: 0,
}));
const layout: Layout = {
  width: 40,
  lines,
  sections: [
    { title: "First", level: 2, line: 30 },
    { title: "Second", level: 2, line: 60 },
  ],
  links: [],
};
const article = { headline: "The Headline", minutes: 10 };

function at(top: number, more: Partial<ReaderState> = {}): ReaderState {
  return { ...initialReaderState(layout, { complete: true, window: 20, top }), ...more };
}

describe("statusLineText", () => {
  it("names the headline before the first section, then the section being read", () => {
    expect(statusLineText(at(0), article).left).toBe("The Headline");
    expect(statusLineText(at(30), article).left).toBe("First");
    expect(statusLineText(at(70), article).left).toBe("Second");
  });

  it("tells how much has been read and the minutes left", () => {
    expect(statusLineText(at(0), article).right).toBe("20%  8 min left  h help");
    expect(statusLineText(at(80), article).right).toBe("100%  end  h help");
    expect(statusLineText(at(0, { complete: false }), article).right).toBe("…  h help");
  });

  it("shows messages, the search counter and the prompt", () => {
    const search = {
      query: "x",
      direction: "forward" as const,
      matches: [
        { line: 1, start: 0, end: 1 },
        { line: 2, start: 0, end: 1 },
      ],
      current: 1,
    };
    expect(statusLineText(at(0, { search, message: "Hi" }), article).right).toBe(
      "Hi  2/2  20%  8 min left  h help",
    );
    const prompt = statusLineText(
      at(0, { prompt: { direction: "backward", text: "abc" } }),
      article,
    );
    expect(prompt.left).toBe("?abc");
  });
});
