import { describe, expect, it } from "vitest";
import { absoluteUrls } from "./absolute-urls";

const BASE = "https://broadsheet.example/articles/bridge";

describe("absoluteUrls", () => {
  it("resolves fragments, paths and relative names against the base", () => {
    expect(absoluteUrls('<a href="#costs">x</a><img src="/img/a.jpg"/>', BASE)).toBe(
      '<a href="https://broadsheet.example/articles/bridge#costs">x</a><img src="https://broadsheet.example/img/a.jpg"/>',
    );
    expect(absoluteUrls('<a href="tunnel?a=1&amp;b=2">x</a>', BASE)).toBe(
      '<a href="https://broadsheet.example/articles/tunnel?a=1&amp;b=2">x</a>',
    );
  });

  it("leaves absolute URLs, other attributes and text as they are", () => {
    const html =
      '<a href="https://e.example/?q=&quot;x&quot;" title="/no">mailto: href=&quot;/x&quot;</a>' +
      '<a href="mailto:desk@broadsheet.example">desk</a>';
    expect(absoluteUrls(html, BASE)).toBe(html);
  });
});
