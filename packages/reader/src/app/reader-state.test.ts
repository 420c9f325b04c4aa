import { describe, expect, it } from "vitest";
import type { Layout, LayoutLine } from "../layout/layout-types.js";
import {
  currentSection,
  initialReaderState,
  maxTop,
  type ReaderState,
  reduceReader,
} from "./reader-state.js";

/** A hand-made layout: block b has `sizes[b]` lines "b<b> l<i>"; headings where asked. */
function layout(sizes: number[], headings: number[] = [], width = 40): Layout {
  const lines: LayoutLine[] = [];
  const sections: Layout["sections"] = [];
  sizes.forEach((size, block) => {
    if (headings.includes(block))
      sections.push({ title: `Section ${block}`, level: 2, line: lines.length });
    for (let i = 0; i < size; i++) {
      const word =
        block === 3 && i === 1 ? " needle" : block === 6 && i === 0 ? " needle needle" : "";
      lines.push({ segments: [{ text: `b${block} l${i}${word}` }], block, lineInBlock: i });
    }
  });
  return { width, lines, sections, links: [] };
}

const sizes = [3, 5, 4, 6, 2, 8, 5, 7, 3, 9];
const base = layout(sizes, [2, 5, 8]);

function start(top = 0): ReaderState {
  return initialReaderState(base, { complete: true, window: 10, top });
}

function apply(state: ReaderState, ...actions: Parameters<typeof reduceReader>[1][]): ReaderState {
  return actions.reduce(reduceReader, state);
}

describe("reduceReader", () => {
  it("clamps scrolling to the article, keeping the last line at the bottom", () => {
    const total = base.lines.length;
    expect(maxTop(start())).toBe(total - 10);
    expect(apply(start(), { type: "scroll", lines: -1 }).top).toBe(0);
    expect(apply(start(), { type: "scroll", lines: 3 }).top).toBe(3);
    expect(apply(start(), { type: "end" }, { type: "scroll", lines: 1 }).top).toBe(total - 10);
    expect(start(10_000).top).toBe(total - 10);
  });

  it("pages by the window and half the window", () => {
    expect(apply(start(), { type: "page", pages: 1 }).top).toBe(10);
    expect(apply(start(), { type: "page", pages: 0.5 }).top).toBe(5);
    expect(apply(start(20), { type: "page", pages: -1 }).top).toBe(10);
    expect(apply(start(20), { type: "page", pages: -0.5 }).top).toBe(15);
    expect(apply(start(20), { type: "home" }).top).toBe(0);
  });

  it("jumps to the next and previous section", () => {
    const lines = base.sections.map((section) => section.line);
    let state = apply(start(), { type: "section", step: 1 });
    expect(state.top).toBe(lines[0]);
    expect(currentSection(state)).toBe(0);
    state = apply(state, { type: "section", step: 1 }, { type: "section", step: 1 });
    expect(state.top).toBe(Math.min(lines[2] as number, maxTop(state)));
    state = apply(state, { type: "section", step: 1 });
    expect(state.message).toBe("No next section");
    state = apply(state, { type: "scroll", lines: -1 }, { type: "section", step: -1 });
    expect(state.top).toBe(lines[1]);
    state = apply(state, { type: "section", step: -1 }, { type: "section", step: -1 });
    expect(state.top).toBe(0);
  });

  it("searches forward from the top line, then with n and N, wrapping around", () => {
    let state = apply(
      start(),
      { type: "prompt-open", direction: "forward" },
      { type: "prompt-type", text: "needle" },
    );
    expect(state.prompt).toEqual({ direction: "forward", text: "needle" });
    state = apply(state, { type: "prompt-submit" });
    expect(state.prompt).toBeUndefined();
    expect(state.search?.matches).toHaveLength(3);
    expect(state.search?.current).toBe(0);
    const first = state.search?.matches[0]?.line as number;
    expect(first).toBeGreaterThanOrEqual(state.top);
    expect(first).toBeLessThan(state.top + state.window);
    state = apply(state, { type: "search-again", reverse: false });
    expect(state.search?.current).toBe(1);
    state = apply(state, { type: "search-again", reverse: false });
    expect(state.search?.current).toBe(2);
    expect(state.search?.matches[2]?.line).toBe(state.search?.matches[1]?.line);
    state = apply(state, { type: "search-again", reverse: false });
    expect(state.search?.current).toBe(0);
    expect(state.message).toMatch(/continued from the top/);
    state = apply(state, { type: "search-again", reverse: true });
    expect(state.search?.current).toBe(2);
    expect(state.message).toMatch(/continued from the end/);
  });

  it("searches backward from above the top line with ?", () => {
    let state = apply(
      start(maxTop(start())),
      { type: "prompt-open", direction: "backward" },
      { type: "prompt-type", text: "needle" },
      { type: "prompt-submit" },
    );
    expect(state.search?.current).toBe(2);
    state = apply(state, { type: "search-again", reverse: false });
    expect(state.search?.current).toBe(1);
    state = apply(state, { type: "search-again", reverse: true });
    expect(state.search?.current).toBe(2);
  });

  it("repeats the last search on an empty prompt, and reports no match or no search", () => {
    expect(apply(start(), { type: "search-again", reverse: false }).message).toMatch(
      /No previous search/,
    );
    let state = apply(
      start(),
      { type: "prompt-open", direction: "forward" },
      { type: "prompt-type", text: "zzz" },
      { type: "prompt-submit" },
    );
    expect(state.message).toBe("Pattern not found: zzz");
    expect(state.top).toBe(0);
    state = apply(state, { type: "prompt-open", direction: "forward" }, { type: "prompt-submit" });
    expect(state.search?.query).toBe("zzz");
    state = apply(state, { type: "scroll", lines: 1 });
    expect(state.message).toBeUndefined();
  });

  it("edits the prompt and closes it when erased past its start", () => {
    let state = apply(
      start(),
      { type: "prompt-open", direction: "forward" },
      { type: "prompt-type", text: "ab" },
      { type: "prompt-erase" },
    );
    expect(state.prompt?.text).toBe("a");
    state = apply(
      state,
      { type: "prompt-type", text: "\u{1F468}\u200d\u{1F469}" },
      { type: "prompt-erase" },
    );
    expect(state.prompt?.text).toBe("a");
    state = apply(state, { type: "prompt-erase" }, { type: "prompt-erase" });
    expect(state.prompt).toBeUndefined();
    state = apply(state, { type: "prompt-open", direction: "forward" }, { type: "prompt-cancel" });
    expect(state.prompt).toBeUndefined();
  });

  it("moves in the table of contents from the current section and jumps", () => {
    let state = apply(start(), { type: "section", step: 1 }, { type: "section", step: 1 });
    state = apply(state, { type: "toc-open" });
    expect(state.overlay).toBe("toc");
    expect(state.tocCursor).toBe(1);
    state = apply(state, { type: "toc-move", step: 5 });
    expect(state.tocCursor).toBe(2);
    state = apply(
      state,
      { type: "toc-move", step: Number.NEGATIVE_INFINITY },
      { type: "toc-jump" },
    );
    expect(state.overlay).toBe("none");
    expect(state.top).toBe(base.sections[0]?.line);
  });

  it("toggles help and closes overlays", () => {
    let state = apply(start(), { type: "help" });
    expect(state.overlay).toBe("help");
    state = apply(state, { type: "help" });
    expect(state.overlay).toBe("none");
    state = apply(state, { type: "toc-open" }, { type: "close-overlay" });
    expect(state.overlay).toBe("none");
  });

  it("keeps the reader in the same block when the layout changes width", () => {
    const narrow = layout(
      sizes.map((size) => size * 2),
      [2, 5, 8],
      20,
    );
    const state = apply(start(), { type: "scroll", lines: 19 });
    const block = base.lines[state.top]?.block;
    const next = apply(state, { type: "layout", layout: narrow, complete: true });
    expect(narrow.lines[next.top]?.block).toBe(block);
  });

  it("keeps the search and its current match across a relayout", () => {
    const narrow = layout(
      sizes.map((size) => size * 2),
      [2, 5, 8],
      20,
    );
    let state = apply(
      start(),
      { type: "prompt-open", direction: "forward" },
      { type: "prompt-type", text: "needle" },
      { type: "prompt-submit" },
      { type: "search-again", reverse: false },
    );
    state = apply(state, { type: "layout", layout: narrow, complete: true });
    expect(state.search?.matches).toHaveLength(3);
    expect(state.search?.current).toBeGreaterThanOrEqual(0);
  });

  it("shrinks and grows the window, clamping the top", () => {
    const state = apply(start(), { type: "end" }, { type: "resize", window: 20 });
    expect(state.window).toBe(20);
    expect(state.top).toBe(base.lines.length - 20);
  });
});
