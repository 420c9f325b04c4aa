import { describe, expect, it } from "vitest";
import { supportsHyperlinks } from "./supports-hyperlinks.js";

describe("supportsHyperlinks", () => {
  it("follows FORCE_HYPERLINK when it is set", () => {
    expect(supportsHyperlinks({ FORCE_HYPERLINK: "1", TERM: "dumb" })).toBe(true);
    expect(supportsHyperlinks({ FORCE_HYPERLINK: "0", TERM_PROGRAM: "WezTerm" })).toBe(false);
  });

  it("knows terminals that support OSC 8", () => {
    expect(supportsHyperlinks({ TERM_PROGRAM: "iTerm.app", TERM_PROGRAM_VERSION: "3.5.0" })).toBe(
      true,
    );
    expect(supportsHyperlinks({ TERM_PROGRAM: "iTerm.app", TERM_PROGRAM_VERSION: "3.0.1" })).toBe(
      false,
    );
    expect(supportsHyperlinks({ TERM_PROGRAM: "WezTerm" })).toBe(true);
    expect(supportsHyperlinks({ TERM: "xterm-kitty" })).toBe(true);
    expect(supportsHyperlinks({ VTE_VERSION: "7600" })).toBe(true);
    expect(supportsHyperlinks({ VTE_VERSION: "4600" })).toBe(false);
  });

  it("trusts tmux from 3.4 on, and nothing unknown", () => {
    const tmux = { TMUX: "/tmp/tmux-0/default,1,0", TERM_PROGRAM: "tmux", TERM: "tmux-256color" };
    expect(supportsHyperlinks({ ...tmux, TERM_PROGRAM_VERSION: "3.4" })).toBe(true);
    expect(supportsHyperlinks({ ...tmux, TERM_PROGRAM_VERSION: "3.3a" })).toBe(false);
    expect(supportsHyperlinks({ TMUX: "x", TERM_PROGRAM: "WezTerm" })).toBe(false);
    expect(supportsHyperlinks({ TERM: "dumb", TERM_PROGRAM: "WezTerm" })).toBe(false);
    expect(supportsHyperlinks({ TERM: "xterm-256color" })).toBe(false);
  });
});
