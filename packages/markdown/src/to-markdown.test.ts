import type { Article } from "@broadsheet/article";
import { expect, test } from "vitest";
import { fromMarkdown } from "./from-markdown.js";
import { toMarkdown } from "./to-markdown.js";

const article: Article = {
  schemaVersion: 1,
  id: "kursk-1",
  slug: "kursk-offensive",
  headline: "Ukraine claims control in Kursk",
  kicker: "yes",
  author: [{ name: "Ann Reporter", role: "Correspondent" }],
  dateline: { place: "Kyiv, Ukraine", source: "AP" },
  datePublished: "2024-08-06T10:00:00+02:00",
  keywords: ["war", "12:30"],
  body: [
    { type: "paragraph", content: [{ text: "Nearly a year after the offensive began." }] },
    { type: "heading", level: 2, content: [{ text: "What we know" }] },
    { type: "divider" },
  ],
};

test("the broadsheet profile: front matter in schema order, quoted where YAML 1.1 would misread, dateline in the lead", () => {
  expect(toMarkdown(article)).toBe(`---
schemaVersion: 1
id: kursk-1
slug: kursk-offensive
headline: Ukraine claims control in Kursk
kicker: "yes"
author:
  - name: Ann Reporter
    role: Correspondent
dateline:
  place: Kyiv, Ukraine
  source: AP
datePublished: "2024-08-06T10:00:00+02:00"
keywords:
  - war
  - "12:30"
---

**KYIV, Ukraine (AP) —** Nearly a year after the offensive began.

## What we know

---
`);
  expect(toMarkdown(article, { profile: "broadsheet" })).toBe(toMarkdown(article));
  expect(fromMarkdown(toMarkdown(article))).toEqual({ ok: true, article });
});
