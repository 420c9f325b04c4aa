import { describe, expect, it } from "vitest";
import { simpleCharWidth } from "./simple-char-width.js";
import { terminalColumns } from "./terminal-columns.js";

const segmenter = new Intl.Segmenter();
const clusters = (text: string) => [...segmenter.segment(text)].length;

describe("simpleCharWidth", () => {
  it("agrees with terminalColumns, and every such character is a grapheme cluster of its own", () => {
    // "a", c + ZWJ, c, c, "a": five clusters unless c extends, prepends, joins after ZWJ or pairs.
    const probe = (char: string) => `a${char}\u200D${char}${char}a`;
    const simple: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (simpleCharWidth(code) > 0) simple.push(String.fromCharCode(code));
    }
    const wrong: string[] = [];
    for (let start = 0; start < simple.length; start += 200) {
      const batch = simple.slice(start, start + 200);
      if (clusters(batch.map(probe).join("")) !== batch.length * 5) {
        wrong.push(...batch.filter((char) => clusters(probe(char)) !== 5));
      }
    }
    for (const char of simple) {
      if (terminalColumns(char) !== simpleCharWidth(char.charCodeAt(0))) wrong.push(char);
    }
    expect(wrong.map((char) => char.charCodeAt(0).toString(16))).toEqual([]);
  });

  it("leaves controls, combining marks, joiners, surrogates and emoji to segmentation", () => {
    for (const char of [
      "\n",
      "\u001B",
      "\u0301",
      "\u200D",
      "\uFE0F",
      "\uD83D",
      "\u00AD",
      "\u1100",
    ]) {
      expect(simpleCharWidth(char.charCodeAt(0))).toBe(0);
    }
  });

  it("measures ASCII, Latin, punctuation and CJK", () => {
    expect([..."aé—中가ア！"].map((c) => simpleCharWidth(c.charCodeAt(0)))).toEqual([
      1, 1, 1, 2, 2, 2, 2,
    ]);
  });

  it("measures the arrows and marker of the library's rows and status line", () => {
    expect([..."←↑→↓▸"].map((c) => simpleCharWidth(c.charCodeAt(0)))).toEqual([1, 1, 1, 1, 1]);
  });
});
