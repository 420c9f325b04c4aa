import { timeRatio } from "@broadsheet/article/testing";
import { describe, expect, test } from "vitest";
import { htmlToArticle } from "./html-to-article.js";

/** 4x the input: linear work takes about 4x the time, quadratic 16x. */
const FACTOR = 4;
const LIMIT = 10;

/** Runs that could make the parser, the limits' scan, the extraction or the conversion slow. */
const UNITS: Record<string, string> = {
  paragraphs: "<p>Some words of the story, and more of them.</p>\n",
  "one long paragraph": "word and more words ",
  "character references": "&amp;&lt;&#x41;&#0;&#xD800;&nbsp;&bogus; ",
  "nested marks": "<b><i><code><sub>x</sub></code></i></b> ",
  links: '<a href="/a?b=1#c">link</a> <a href="javascript:x">bad</a> ',
  "list items": "<li>item <ul><li>nested</li></ul></li>",
  "table rows": '<tr><td colspan="3">a</td><td><b>b</b></td></tr>',
  "nested divs": `${"<div>".repeat(20)}<p>deep</p>${"</div>".repeat(20)}`,
  "unterminated comments": "<!-- <div> ",
  "unterminated tags": "<a x=",
  "whitespace in pre": "<pre>  \t  \n  </pre>",
  "control characters": "a\u0001\u001b[2J\u202e ",
  "images and figures":
    '<figure><img src="/a.jpg"><figcaption>c <small>d</small></figcaption></figure>',
  "unmatched end tags": "</span></div></p>",
};

const AS_PAGE = (run: string) =>
  `<!DOCTYPE html><html><head><title>A page of some length</title></head><body><article>${run}</article></body></html>`;
const AS_FRAGMENT = (run: string) => `<p>Lead.</p>${run}`;

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}

describe("htmlToArticle runs in time linear in the input", () => {
  for (const [name, wrap] of [
    ["fragment", AS_FRAGMENT],
    ["page", AS_PAGE],
  ] as const) {
    test.each(Object.entries(UNITS))(
      `4x %s in a ${name} takes less than ${LIMIT}x the time`,
      (label, unit) => {
        const { size, ratio } = timeRatio(
          (size) => wrap(repeatTo(unit, size)),
          (html) => htmlToArticle(html),
          { start: 2000, maxSize: 40_000, minimumMs: 15, factor: FACTOR, limit: LIMIT },
        );
        expect(ratio, `${label}: ${size} -> ${FACTOR * size} characters`).toBeLessThan(LIMIT);
        expect(
          htmlToArticle(wrap(repeatTo(unit, FACTOR * size))).ok,
          "the larger input is read, not refused",
        ).toBe(true);
      },
      120_000,
    );
  }
});
