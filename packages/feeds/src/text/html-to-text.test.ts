import { describe, expect, it } from "vitest";
import { htmlToText } from "./html-to-text.js";

describe("htmlToText", () => {
  it("gives the text a reader sees: entities decoded, scripts and styles dropped, blocks apart", () => {
    expect(
      htmlToText(
        "<p>Caf&eacute; <b>prices</b>&nbsp;rise</p><script>alert('x')</script><style>p{}</style><p>Next&#8217;s<br>line</p><svg><text>no</text></svg>",
      ),
    ).toBe("Café prices rise Next’s line");
  });

  it("keeps text after a hidden element that holds an element of its own", () => {
    expect(htmlToText("<noscript><p>enable</p></noscript><p>kept</p>")).toBe("kept");
  });
});
