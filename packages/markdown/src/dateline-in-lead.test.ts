import type { Article, Block } from "@broadsheet/article";
import { expect, test } from "vitest";
import { fromMarkdown } from "./from-markdown.js";
import { commonmarkLeaves, type ParsedBody } from "./test-commonmark-leaves.js";
import { type ExpectedLeaf, expectedLeaves } from "./test-expected-leaves.js";
import { markedLeaves } from "./test-marked-leaves.js";
import { toMarkdown } from "./to-markdown.js";

const PRINTED = "KYIV, Ukraine (AP) —";

const leads: [string, Block[]][] = [
  ["no paragraph at all", [{ type: "heading", level: 2, content: [{ text: "x" }] }]],
  [
    "a lead that starts with the printed dateline itself",
    [{ type: "paragraph", content: [{ text: PRINTED, marks: ["strong"] }, { text: " x" }] }],
  ],
  [
    "a lead that is only the dateline",
    [{ type: "paragraph", content: [{ text: PRINTED, marks: ["strong"] }] }],
  ],
  ["a lead of one space", [{ type: "paragraph", content: [{ text: " " }] }]],
  ["a lead of one line break", [{ type: "paragraph", content: [{ text: "\n" }] }]],
  [
    "a bold lead with a leading space",
    [{ type: "paragraph", content: [{ text: " x", marks: ["strong"] }] }],
  ],
  [
    "the lead after a heading and a fact box, and a later paragraph like a dateline",
    [
      { type: "heading", level: 2, content: [{ text: "x" }] },
      { type: "aside", content: [{ type: "paragraph", content: [{ text: "in the box" }] }] },
      { type: "paragraph", content: [{ text: "lead" }] },
      { type: "paragraph", content: [{ text: PRINTED, marks: ["strong"] }, { text: " y" }] },
    ],
  ],
];

test.each(leads)("the dateline printed in the lead reads back: %s", (_, body) => {
  const article: Article = {
    schemaVersion: 1,
    id: "a",
    slug: "a",
    headline: "H",
    dateline: { place: "Kyiv, Ukraine", source: "AP" },
    body,
  };
  const markdown = toMarkdown(article);
  expect(fromMarkdown(markdown)).toEqual({ ok: true, article });
  const text = markdown.slice(markdown.indexOf("\n---\n", 3) + 5);
  const strip = ({ leaves, shape }: ParsedBody): ParsedBody => ({
    shape,
    leaves: leaves.map((leaf) => {
      const { where: _where, ...rest } = leaf as ExpectedLeaf;
      return rest;
    }),
  });
  expect(strip(commonmarkLeaves(text))).toEqual(strip(expectedLeaves(article, "commonmark")));
  expect(strip(markedLeaves(text))).toEqual(strip(expectedLeaves(article, "marked")));
});
