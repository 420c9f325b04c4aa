import { readdirSync, readFileSync } from "node:fs";
import { parseArticle } from "@broadsheet/article";
import { describe, expect, it } from "vitest";
import { fromWireText } from "./from-wire-text.js";

const corpus = new URL("../corpus/", import.meta.url);
const names = readdirSync(corpus)
  .filter((file) => file.endsWith(".txt"))
  .map((file) => file.slice(0, -".txt".length))
  .sort();

describe("wire corpus", () => {
  it("holds the sample and at least twelve more articles, each with its expected article", () => {
    expect(names).toContain("kursk");
    expect(names.length).toBeGreaterThanOrEqual(13);
    const files = readdirSync(corpus);
    for (const name of names) expect(files).toContain(`${name}.expected.json`);
  });

  it("keeps the byte-level variations it tests: CRLF and CR line ends, a BOM, no-break spaces", () => {
    const inputs = names.map((name) => readFileSync(new URL(`${name}.txt`, corpus), "utf8"));
    expect(inputs.some((text) => text.includes("\r\n"))).toBe(true);
    expect(inputs.some((text) => /\r(?!\n)/.test(text))).toBe(true);
    expect(inputs.some((text) => text.startsWith("\uFEFF"))).toBe(true);
    expect(inputs.some((text) => text.includes("\u00A0"))).toBe(true);
    expect(inputs.some((text) => text.includes("\u202F"))).toBe(true);
  });

  it.each(names)("%s.txt imports as %s.expected.json", (name) => {
    const input = readFileSync(new URL(`${name}.txt`, corpus), "utf8");
    const expected: unknown = JSON.parse(
      readFileSync(new URL(`${name}.expected.json`, corpus), "utf8"),
    );
    const article = fromWireText(input);
    expect(article).toEqual(expected);
    expect(parseArticle(expected)).toMatchObject({ ok: true });
  });
});
