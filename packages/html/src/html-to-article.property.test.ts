import { ImportWarning, parseArticle } from "@broadsheet/article";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { htmlToArticle } from "./html-to-article.js";

/** Pieces of markup that meet in real and hostile pages, in any order and nesting. */
const PIECES = [
  "<p>",
  "</p>",
  "<div>",
  "</div>",
  "<h1>",
  "</h1>",
  "<h3>",
  "<h6>",
  "<ul>",
  "<ol start=5>",
  "<li>",
  "</li>",
  "</ul>",
  "<blockquote>",
  "<footer>— ",
  "</blockquote>",
  "<figure>",
  "<figcaption>",
  "<small>",
  '<img src="/a.jpg">',
  '<img src="data:,x" alt="">',
  "<table>",
  "<tr>",
  "<td colspan=3>",
  "<th>",
  "</table>",
  "<pre>",
  "\t",
  "<br>",
  "<hr>",
  "<em>",
  "<b>",
  "<code>",
  "<sub>",
  "<sup>",
  "<s>",
  "<u>",
  '<a href="/x">',
  '<a href="javascript:x">',
  "</a>",
  '<iframe src="//v.example/1">',
  "<video>",
  "<aside>",
  "<dl><dt>",
  "<dd>",
  "<script>x</script>",
  "<style>",
  "<svg>",
  "<math>",
  "<!--",
  "-->",
  "<![CDATA[",
  "&amp;",
  "&#0;",
  "&#xD800;",
  "&bogus;",
  "\u0000",
  "\u001b[2J",
  "\u202e",
  "\ud800",
  "\uffff",
  " ",
  "\n",
  "text",
  "Ωμέγα",
  "😀",
  "<!DOCTYPE html>",
  "<html>",
  "<head><title>T</title>",
  "<body>",
  "<article>",
  "<base href=/b/>",
  "<time datetime=2025-01-02>",
];

const html = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 60 })
  .map((pieces) => pieces.join(""));

describe("htmlToArticle never throws", () => {
  test("any mix of markup gives a valid article with valid warnings, or one line saying which limit it is over", () => {
    fc.assert(
      fc.property(html, fc.boolean(), (input, withUrl) => {
        const result = htmlToArticle(input, withUrl ? { url: "https://example.com/a/b" } : {});
        if (!result.ok) {
          expect(result.error.message).toMatch(/^the HTML (?:nests|has|is) [^\n]*$/);
          return;
        }
        expect(parseArticle(result.article).ok).toBe(true);
        for (const warning of result.warnings)
          expect(ImportWarning.safeParse(warning).success).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
