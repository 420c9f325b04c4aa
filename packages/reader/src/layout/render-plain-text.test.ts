import { describe, expect, it } from "vitest";
import { containsUnsafe } from "../sanitize/test-unsafe.js";
import { layoutArticle } from "./layout-article.js";
import { renderPlainText } from "./render-plain-text.js";
import { hostileArticle } from "./test-hostile-article.js";
import { testLayout } from "./test-layout.js";

describe("renderPlainText", () => {
  it("gives each line's text without trailing spaces", () => {
    expect(renderPlainText(testLayout(["  centred  ", "", "text"]))).toEqual([
      "  centred",
      "",
      "text",
    ]);
  });

  it("writes no escape sequence, even for a hostile article", () => {
    const text = renderPlainText(layoutArticle(hostileArticle(), { width: 80, hyperlinks: false }));
    expect(containsUnsafe(text.join("\n"))).toBe(false);
  });
});
