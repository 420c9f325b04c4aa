import type { Block } from "@broadsheet/article";
import { describe, expect, it } from "vitest";
import { toMarkdown } from "../to-markdown.js";
import { encodeMathUrls } from "./url-encoding.js";

const linked = (href: string) => ({
  type: "paragraph" as const,
  content: [{ text: "price list", href }],
});

describe("encodeMathUrls", () => {
  it("breaks every $$ in link and image URLs, however many dollars run together", () => {
    expect(encodeMathUrls(linked("https://x.org/$$a$$$b"))).toEqual(
      linked("https://x.org/%24$a%24%24$b"),
    );
    const image: Block = { type: "image", src: "https://x.org/$$.png", alt: "a" };
    expect(encodeMathUrls(image)).toEqual({ ...image, src: "https://x.org/%24$.png" });
  });

  it("leaves a block whose URLs have no $$ as it is", () => {
    const block = linked("https://x.org/$5/a$b");
    expect(encodeMathUrls(block)).toBe(block);
  });

  it("keeps a Hashnode file free of $$ outside code, URLs included", () => {
    const markdown = toMarkdown(
      {
        schemaVersion: 1,
        id: "a",
        slug: "a",
        headline: "Story",
        body: [
          { type: "aside", content: [linked("http://example.com/$$]()")] },
          { type: "image", src: "http://example.com/$$", alt: "a" },
        ],
      },
      { profile: "hashnode" },
    );
    expect(markdown).not.toContain("$$");
    expect(markdown).toContain("(http://example.com/%24$\\]())");
  });
});
