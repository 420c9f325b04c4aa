import type { Article } from "@broadsheet/article";
import { describe, expect, test } from "vitest";
import { toggleEmphasis, unicodeScripts } from "./plain-inline.js";
import { attributionParagraph, portableBody } from "./portable-body.js";

const base: Article = { schemaVersion: 1, id: "a", slug: "a", headline: "H", body: [] };

describe("the portable body", () => {
  test("Broadsheet's conventions become plain Markdown blocks", () => {
    const body = portableBody(
      {
        ...base,
        dateline: { place: "Kyiv, Ukraine", source: "AP" },
        body: [
          { type: "paragraph", content: [{ text: "Lead." }] },
          { type: "blockquote", style: "pull", paragraphs: [[{ text: "Q" }]], attribution: "A" },
          {
            type: "aside",
            title: "Facts",
            content: [{ type: "paragraph", content: [{ text: "P" }] }],
          },
          {
            type: "aside",
            content: [{ type: "list", ordered: false, items: [[{ text: "i" }]] }],
          },
          {
            type: "image",
            src: "https://x.example/a.jpg",
            alt: "Alt",
            caption: [{ text: "A " }, { text: "Posidonia", marks: ["em"] }, { text: " mat." }],
            credit: "Photo: AP",
            width: 1200,
            height: 800,
          },
          { type: "embed", url: "https://x.example/v", provider: "YouTube", fallback: "Video" },
        ],
      },
      {},
    );
    expect(body).toEqual([
      {
        type: "paragraph",
        content: [{ text: "KYIV, Ukraine (AP) —", marks: ["strong"] }, { text: " Lead." }],
      },
      { type: "blockquote", style: "block", paragraphs: [[{ text: "Q" }]], attribution: "A" },
      {
        type: "blockquote",
        style: "block",
        paragraphs: [[{ text: "Facts", marks: ["strong"] }], [{ text: "P" }]],
      },
      { type: "aside", content: [{ type: "list", ordered: false, items: [[{ text: "i" }]] }] },
      { type: "image", src: "https://x.example/a.jpg", alt: "Alt" },
      {
        type: "paragraph",
        content: [
          { text: "A", marks: ["em"] },
          { text: " Posidonia " },
          { text: "mat.", marks: ["em"] },
          { text: " Photo: AP" },
        ],
      },
      { type: "paragraph", content: [{ text: "Video", href: "https://x.example/v" }] },
    ]);
  });

  test("the attribution line closes the body, linked to the canonical URL", () => {
    const url = "https://broadsheet.example/a";
    expect(attributionParagraph({ url }, "Broadsheet")?.content).toEqual([
      { text: "Originally published in ", marks: ["em"] },
      { text: "Broadsheet", marks: ["em"], href: url },
      { text: ".", marks: ["em"] },
    ]);
    expect(attributionParagraph({ url }, true)?.content[1]).toEqual({
      text: "broadsheet.example",
      marks: ["em"],
      href: url,
    });
    expect(attributionParagraph({}, "Broadsheet")?.content).toEqual([
      { text: "Originally published in Broadsheet.", marks: ["em"] },
    ]);
    expect(attributionParagraph({}, true)).toBeUndefined();
  });
});

describe("inline helpers", () => {
  test("italics toggle, keeping edge spaces outside the emphasis", () => {
    expect(toggleEmphasis([{ text: " a " }, { text: "b", marks: ["em", "strong"] }])).toEqual([
      { text: " " },
      { text: "a", marks: ["em"] },
      { text: " " },
      { text: "b", marks: ["strong"] },
    ]);
  });

  test("sub and sup become Unicode where every character has a form, else plain text", () => {
    expect(
      unicodeScripts([
        { text: "CO" },
        { text: "2", marks: ["sub"] },
        { text: ", 10" },
        { text: "-6", marks: ["sup"] },
        { text: ", 5" },
        { text: "th", marks: ["sup"] },
        { text: ", PM" },
        { text: "2.5", marks: ["sub"] },
      ]),
    ).toEqual([{ text: "CO₂, 10⁻⁶, 5th, PM2.5" }]);
  });
});
