import { describe, expect, it } from "vitest";
import { dropTwitterDuplicates } from "./drop-twitter-duplicates.mjs";

const OPEN_GRAPH = [
  '<meta property="og:title" content="Bridge &amp; tunnel"/>',
  '<meta property="og:description" content="Open again."/>',
  '<meta property="og:image" content="https://x.example/og/a.png"/>',
  '<meta property="og:image:type" content="image/png"/>',
  '<meta property="og:image:width" content="1200"/>',
  '<meta property="og:image:height" content="630"/>',
  '<meta property="og:image:alt" content="Bridge &amp; tunnel"/>',
].join("");

describe("dropTwitterDuplicates", () => {
  it("drops the twitter: tags X reads from OpenGraph, keeping the card and the image's alt text", () => {
    const html = [
      OPEN_GRAPH,
      '<meta name="twitter:card" content="summary_large_image"/>',
      '<meta name="twitter:title" content="Bridge &amp; tunnel"/>',
      '<meta name="twitter:description" content="Open again."/>',
      '<meta name="twitter:image" content="https://x.example/og/a.png"/>',
      '<meta name="twitter:image:alt" content="Bridge &amp; tunnel"/>',
      '<meta name="twitter:image:type" content="image/png"/>',
      '<meta name="twitter:image:width" content="1200"/>',
      '<meta name="twitter:image:height" content="630"/>',
    ].join("");
    expect(dropTwitterDuplicates(html)).toBe(
      `${OPEN_GRAPH}<meta name="twitter:card" content="summary_large_image"/>` +
        '<meta name="twitter:image:alt" content="Bridge &amp; tunnel"/>',
    );
  });

  it("keeps a twitter: tag whose value differs from OpenGraph's, or that OpenGraph lacks", () => {
    const html = [
      '<meta property="og:title" content="Bridge"/>',
      '<meta name="twitter:title" content="Bridge reopens"/>',
      '<meta name="twitter:description" content="Open again."/>',
    ].join("");
    expect(dropTwitterDuplicates(html)).toBe(html);
  });
});
