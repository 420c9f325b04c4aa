import { expect, test } from "vitest";
import { decodeText } from "./decode-text.js";

test("escapes and character references resolve in one pass, as in CommonMark", () => {
  expect(decodeText("\\*a\\* &amp; &mdash; &#8212; &#x2014; &#X41;")).toBe("*a* & — — — A");
  expect(decodeText("\\&amp; stays, &nosuch; stays, &amp stays, \\a stays")).toBe(
    "&amp; stays, &nosuch; stays, &amp stays, \\a stays",
  );
  expect(decodeText("&#0; &#xD800; &#1114112;")).toBe("\uFFFD \uFFFD \uFFFD");
  expect(decodeText("&ngE; &CounterClockwiseContourIntegral;")).toBe("≧̸ ∳");
});
