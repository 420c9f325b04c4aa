import { describe, expect, it } from "vitest";
import { pruneCss, pruneInlineStyles } from "./prune-css.mjs";

const CSS = [
  ":root{color-scheme:light dark;--fg:#111;--bg:#fff}",
  "@media (prefers-color-scheme:dark){:root{--fg:#eee;--bg:#111}.card{border-color:#333}.toc{color:#ccc}}",
  "a:focus-visible{outline:3px solid var(--fg)}",
  ".card,.pagination{display:flex}",
  ".toc h2{font-size:1rem}",
  "table{border-collapse:collapse}",
  "@media print{:root{--fg:#000}.toc{display:none}.card h2 a[href]:after{content:attr(href)}table{break-inside:avoid}}",
].join("");

const PAGE =
  '<html lang="en"><head><title>x</title></head><body><main>' +
  '<article class="card"><h2><a href="/a">A</a></h2></article></main></body></html>';

describe("pruneCss", () => {
  it("drops the rules for elements the page does not have, in every media query", async () => {
    const pruned = await pruneCss(CSS, PAGE);
    expect(pruned).not.toContain("table");
    expect(pruned).not.toContain(".toc");
    expect(pruned).not.toContain(".pagination");
  });

  it("keeps the rules for elements the page has, with their dark and print variants", async () => {
    expect(await pruneCss(CSS, PAGE)).toBe(
      [
        ":root{color-scheme:light dark;--fg:#111}",
        "@media (prefers-color-scheme:dark){:root{--fg:#eee}.card{border-color:#333}}",
        "a:focus-visible{outline:3px solid var(--fg)}",
        ".card{display:flex}",
        "@media print{:root{--fg:#000}.card h2 a[href]:after{content:attr(href)}}",
      ].join(""),
    );
  });

  it("drops the custom properties no kept rule reads, in every media query", async () => {
    const pruned = await pruneCss(CSS, PAGE);
    expect(pruned).not.toContain("--bg");
    expect(pruned).toContain("var(--fg)");
  });
});

describe("pruneInlineStyles", () => {
  it("prunes the page's inline style against its body, leaving the rest of the page as it is", async () => {
    const html = PAGE.replace("<title>", `<style>${CSS}</style><title>`);
    const pruned = await pruneInlineStyles(html);
    expect(pruned.replace(/<style>[\s\S]*<\/style>/, "")).toBe(PAGE);
    expect(pruned).toContain(`<style>${await pruneCss(CSS, PAGE)}</style>`);
  });

  it("does not count the head's elements as content to style", async () => {
    const html = `<html><head><style>title{color:red}meta{color:red}body{margin:0}</style><title>x</title></head><body></body></html>`;
    expect(await pruneInlineStyles(html)).toContain("<style>body{margin:0}</style>");
  });

  it("leaves a page without an inline style unchanged", async () => {
    expect(await pruneInlineStyles(PAGE)).toBe(PAGE);
  });
});

/** A cache in memory that counts the results it gave back. */
function countingCache() {
  const entries = new Map<string, string>();
  let hits = 0;
  return {
    entries,
    hits: () => hits,
    read(key: string) {
      const kept = entries.get(key);
      if (kept !== undefined) hits++;
      return kept === undefined ? undefined : Buffer.from(kept);
    },
    write(key: string, value: string) {
      entries.set(key, value);
    },
  };
}

describe("pruneInlineStyles with a cache", () => {
  const html = PAGE.replace("<title>", `<style>${CSS}</style><title>`);

  it("gives what pruning without a cache gives, and the second time from the cache", async () => {
    const cache = countingCache();
    const expected = await pruneInlineStyles(html);
    expect(await pruneInlineStyles(html, cache)).toBe(expected);
    expect(await pruneInlineStyles(html, cache)).toBe(expected);
    expect(cache.hits()).toBe(1);
  });

  it("prunes again for another page or another stylesheet", async () => {
    const cache = countingCache();
    await pruneInlineStyles(html, cache);
    const otherPage = html.replace('class="card"', 'class="toc"');
    const otherStyle = html.replace("table{", "td{");
    expect(await pruneInlineStyles(otherPage, cache)).toBe(await pruneInlineStyles(otherPage));
    expect(await pruneInlineStyles(otherStyle, cache)).toBe(await pruneInlineStyles(otherStyle));
    expect(cache.hits()).toBe(0);
    expect(cache.entries.size).toBe(3);
  });
});
