import type { Block, Inline } from "@broadsheet/article";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeInline } from "../normalize-inline.js";
import { devto } from "../profiles/devto.js";
import { renderBody } from "../render/render-body.js";
import { articleOf, inlineOf, webUrl } from "../test-arbitraries.js";
import { hostileStrings } from "../test-hostile-strings.js";
import { mapInline } from "./map-inline.js";
import { portableBody } from "./portable-body.js";
import { encodeLiquidUrls } from "./url-encoding.js";

/** The encoding as one pass over every link and image, without leaving anything untouched. */
function encodedEverywhere(block: Block): Block {
  const encoded = (url: string) => url.replace(/\{(?=[{%])/g, "%7B").replace(/(?<=%)\}/g, "%7D");
  const links = (content: Inline): Inline =>
    normalizeInline(
      content.map((span) =>
        span.href === undefined ? span : { ...span, href: encoded(span.href) },
      ),
    );
  const mapped = mapInline(block, links);
  return mapped.type === "image" ? { ...mapped, src: encoded(mapped.src) } : mapped;
}

const written = (blocks: readonly Block[]) =>
  renderBody(blocks, { markers: devto.markers, textFilter: devto.textFilter });

const CORPUS = hostileStrings("inline-syntax", "block-starters", "unicode", "prose").map(
  (entry) => entry.text,
);

const liquidUrl = fc
  .tuple(
    webUrl,
    fc.constantFrom("{{", "{%", "{", "%7B", "}}", "%}", ""),
    fc.constantFrom(...CORPUS),
  )
  .map(([url, brace, tail]) => `${url}${brace}${encodeURI(tail)}`);

describe("encodeLiquidUrls leaves content without a brace in its links as it is", () => {
  it("writes what encoding every link and image writes, on dev.to bodies", () => {
    fc.assert(
      fc.property(articleOf(), (article) => {
        const body = portableBody(article, {});
        expect(written(body.map(encodeLiquidUrls))).toBe(written(body.map(encodedEverywhere)));
      }),
      { numRuns: 1500 },
    );
  });

  it("writes the same for links and images whose URLs hold Liquid tag starts", () => {
    const linked = fc
      .tuple(inlineOf(), fc.array(liquidUrl, { minLength: 1, maxLength: 3 }))
      .map(([content, urls]) =>
        content.map((span, index) =>
          index < urls.length ? { ...span, href: urls[index] as string } : span,
        ),
      );
    fc.assert(
      fc.property(linked, liquidUrl, (content, src) => {
        const blocks: Block[] = [
          { type: "paragraph", content },
          { type: "list", ordered: false, items: [content, content] },
          { type: "image", src, alt: "A", caption: content },
        ];
        expect(written(blocks.map(encodeLiquidUrls))).toBe(written(blocks.map(encodedEverywhere)));
      }),
      { numRuns: 1500 },
    );
  });

  it("returns a block whose links hold no brace untouched", () => {
    const block: Block = {
      type: "paragraph",
      content: [{ text: "a " }, { text: "link", href: "https://example.com/%7Bx%7D" }],
    };
    expect(encodeLiquidUrls(block)).toBe(block);
    const liquid: Block = {
      type: "paragraph",
      content: [{ text: "a", href: "https://e.org/{{x" }],
    };
    expect(encodeLiquidUrls(liquid)).toEqual({
      type: "paragraph",
      content: [{ text: "a", href: "https://e.org/%7B{x" }],
    });
  });
});
