import { describe, expect, it } from "vitest";
import { KEEP_RUNTIME_MARKER, stripRuntime } from "./strip-runtime.mjs";

const page = [
  '<html><head><link rel="stylesheet" href="/a.css"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script></head><body>',
  '<div hidden=""><!--$--><!--/$--></div><p>Text &lt;script&gt;<!-- -->2<!-- --> &lt;!-- --&gt;</p>',
  '<script type="application/ld+json">{"headline":"\\u003c/script\\u003e"}</script>',
  "<!--$--><!--/$-->",
  '<script id="_R_">(globalThis.TURBOPACK||[]).push({})</script>',
  '<script>self.__next_f.push([1,"\\u003cp\\u003eText"])</script></body></html>',
].join("");

describe("stripRuntime", () => {
  it("removes runtime scripts, preloads, the RSC payload and hydration markers, keeping data and CSS", () => {
    expect(stripRuntime(page)).toBe(
      '<html><head><link rel="stylesheet" href="/a.css"/></head><body><p>Text &lt;script&gt;2 &lt;!-- --&gt;</p>' +
        '<script type="application/ld+json">{"headline":"\\u003c/script\\u003e"}</script></body></html>',
    );
  });

  it("leaves a page that needs its runtime alone", () => {
    const marked = page.replace("<body>", `<body ${KEEP_RUNTIME_MARKER}="">`);
    expect(stripRuntime(marked)).toBe(marked);
  });
});
