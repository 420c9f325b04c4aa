import type { Inline } from "@broadsheet/article";
import { normalizeInline } from "../normalize-inline.js";

/** Character references for what can act in HTML or a Markdown destination. */
export const REFERENCES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "`": "&#96;",
  "\\": "&#92;",
  "(": "&#40;",
  ")": "&#41;",
  "|": "&#124;",
};

/**
 * Text as HTML: `& < > "` as references, and the backtick and backslash too, so no Markdown
 * code span or escape can be found in it (Forem pairs backticks across the whole file).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"`\\]/g, (char) => REFERENCES[char] as string);
}

/**
 * Inline content as HTML, for a platform that reads a construct right only as HTML: each span's
 * marks as tags (`<em>`, `<strong>`, `<sub>`, `<sup>`, `<del>`, then `<code>` innermost), a run of
 * spans with the same link in one `<a href>`, a line break as `<br>` (outside the code, which
 * cannot hold one, as in Markdown).
 */
export function inlineHtml(content: Inline): string {
  let out = "";
  let href: string | undefined;
  for (const span of normalizeInline(content)) {
    if (span.href !== href) {
      if (href !== undefined) out += "</a>";
      if (span.href !== undefined) out += `<a href="${escapeHtml(span.href)}">`;
      href = span.href;
    }
    const marks = span.marks ?? [];
    const code = marks.includes("code");
    const tags = marks.flatMap((mark) =>
      mark === "code" ? [] : [mark === "strike" ? "del" : mark],
    );
    if (code) tags.push("code");
    const open = tags.map((tag) => `<${tag}>`).join("");
    const close = tags
      .map((tag) => `</${tag}>`)
      .reverse()
      .join("");
    const text = escapeHtml(span.text).replaceAll("\n", code ? "</code><br><code>" : "<br>");
    out += open + text + close;
  }
  return href === undefined ? out : `${out}</a>`;
}
