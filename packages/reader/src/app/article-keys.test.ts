import { describe, expect, it } from "vitest";
import { articleCommand, isTypedText } from "./article-keys.js";

const normal = { overlay: "none", prompt: undefined } as const;

describe("articleCommand", () => {
  it("pages and scrolls as less and vim do", () => {
    for (const key of ["j", "down", "enter"])
      expect(articleCommand(normal, key)).toEqual({ type: "scroll", lines: 1 });
    for (const key of ["k", "up"])
      expect(articleCommand(normal, key)).toEqual({ type: "scroll", lines: -1 });
    for (const key of [" ", "f", "pagedown"])
      expect(articleCommand(normal, key)).toEqual({ type: "page", pages: 1 });
    for (const key of ["b", "pageup"])
      expect(articleCommand(normal, key)).toEqual({ type: "page", pages: -1 });
    expect(articleCommand(normal, "d")).toEqual({ type: "page", pages: 0.5 });
    expect(articleCommand(normal, "u")).toEqual({ type: "page", pages: -0.5 });
    for (const key of ["g", "home"]) expect(articleCommand(normal, key)).toEqual({ type: "home" });
    for (const key of ["G", "end"]) expect(articleCommand(normal, key)).toEqual({ type: "end" });
  });

  it("searches, jumps between sections and opens the overlays", () => {
    expect(articleCommand(normal, "/")).toEqual({ type: "prompt-open", direction: "forward" });
    expect(articleCommand(normal, "?")).toEqual({ type: "prompt-open", direction: "backward" });
    expect(articleCommand(normal, "n")).toEqual({ type: "search-again", reverse: false });
    expect(articleCommand(normal, "N")).toEqual({ type: "search-again", reverse: true });
    expect(articleCommand(normal, "]")).toEqual({ type: "section", step: 1 });
    expect(articleCommand(normal, "[")).toEqual({ type: "section", step: -1 });
    expect(articleCommand(normal, "t")).toEqual({ type: "toc-open" });
    expect(articleCommand(normal, "h")).toEqual({ type: "help" });
    expect(articleCommand(normal, "f1")).toEqual({ type: "help" });
    expect(articleCommand(normal, "+")).toEqual({ type: "width", step: 1 });
    expect(articleCommand(normal, "-")).toEqual({ type: "width", step: -1 });
    expect(articleCommand(normal, "q")).toEqual({ type: "quit" });
    expect(articleCommand(normal, "ctrl-c")).toEqual({ type: "interrupt" });
    expect(articleCommand(normal, "constructor")).toBeUndefined();
    expect(articleCommand(normal, "x")).toBeUndefined();
  });

  it("types into the search prompt, where q and j are text", () => {
    const prompt = { overlay: "none", prompt: { direction: "forward", text: "" } } as const;
    expect(articleCommand(prompt, "q")).toEqual({ type: "prompt-type", text: "q" });
    expect(articleCommand(prompt, "é")).toEqual({ type: "prompt-type", text: "é" });
    expect(articleCommand(prompt, "enter")).toEqual({ type: "prompt-submit" });
    expect(articleCommand(prompt, "escape")).toEqual({ type: "prompt-cancel" });
    expect(articleCommand(prompt, "backspace")).toEqual({ type: "prompt-erase" });
    expect(articleCommand(prompt, "down")).toBeUndefined();
  });

  it("moves in the table of contents and closes the overlays", () => {
    const toc = { overlay: "toc", prompt: undefined } as const;
    expect(articleCommand(toc, "j")).toEqual({ type: "toc-move", step: 1 });
    expect(articleCommand(toc, "up")).toEqual({ type: "toc-move", step: -1 });
    expect(articleCommand(toc, "enter")).toEqual({ type: "toc-jump" });
    expect(articleCommand(toc, "escape")).toEqual({ type: "close-overlay" });
    const help = { overlay: "help", prompt: undefined } as const;
    expect(articleCommand(help, "escape")).toEqual({ type: "close-overlay" });
    expect(articleCommand(help, "j")).toBeUndefined();
  });
});

describe("isTypedText", () => {
  it("is one printable character", () => {
    expect(isTypedText("a")).toBe(true);
    expect(isTypedText("😀")).toBe(true);
    expect(isTypedText("down")).toBe(false);
    expect(isTypedText("\u001b")).toBe(false);
    expect(isTypedText("\u202e")).toBe(false);
  });
});
