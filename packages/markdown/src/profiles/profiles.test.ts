import type { Article } from "@broadsheet/article";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { fromMarkdown } from "../from-markdown.js";
import { profileFileName, toMarkdown } from "../to-markdown.js";
import { fromJekyllDate, toJekyllDate } from "./fields.js";
import { PROFILE_NAMES } from "./index.js";
import { tagList } from "./tag-list.js";

const article: Article = {
  schemaVersion: 1,
  id: "kursk-1",
  slug: "kursk-offensive",
  headline: 'Ukraine says "yes" --- at 12:30',
  alternativeHeadline: "no",
  articleSection: "World",
  author: [{ name: "Ann Reporter", url: "https://x.example/ann", role: "Correspondent" }],
  datePublished: "2025-01-01T00:30:00+02:00",
  dateModified: "2025-01-02T10:00:00Z",
  inLanguage: "en",
  keywords: ["War in Ukraine", "Kursk", "on", "Über-long keyword that goes past thirty", "kursk"],
  description: "Troops --- hold on",
  url: "https://broadsheet.example/kursk",
  image: { url: "https://img.example/k.jpg", alt: "A tank" },
  body: [{ type: "paragraph", content: [{ text: "Lead." }] }],
};

function frontMatter(markdown: string): unknown {
  return markdown.slice(4, markdown.indexOf("\n---\n", 4) + 1);
}

describe("profiles", () => {
  test("names, the canonical one first", () => {
    expect(PROFILE_NAMES).toEqual([
      "broadsheet",
      "gfm",
      "hugo",
      "jekyll",
      "astro",
      "eleventy",
      "devto",
      "hashnode",
    ]);
  });

  test("file names: slug.md, and Jekyll's date from the publication date in its own offset", () => {
    for (const profile of PROFILE_NAMES) {
      expect(profileFileName(article, profile)).toBe(
        profile === "jekyll" ? "2025-01-01-kursk-offensive.md" : "kursk-offensive.md",
      );
    }
    const { datePublished: _published, ...undated } = article;
    expect(profileFileName(undated, "jekyll")).toBe("2025-01-02-kursk-offensive.md");
    const { dateModified: _modified, ...dateless } = undated;
    expect(profileFileName(dateless, "jekyll")).toBe("kursk-offensive.md");
  });

  test("every front matter reads the same under YAML 1.1 (Ruby, Go) and 1.2", () => {
    for (const profile of PROFILE_NAMES.filter((name) => name !== "gfm")) {
      const yaml = String(frontMatter(toMarkdown(article, { profile, domain: "b.hashnode.dev" })));
      expect(parse(yaml, { version: "1.1" }), profile).toEqual(parse(yaml));
    }
  });

  test("hugo", () => {
    expect(toMarkdown(article, { profile: "hugo" })).toBe(`---
title: "Ukraine says \\"yes\\" --- at 12:30"
date: "2025-01-01T00:30:00+02:00"
lastmod: "2025-01-02T10:00:00Z"
draft: false
description: "Troops --- hold on"
slug: "kursk-offensive"
tags:
  - "War in Ukraine"
  - "Kursk"
  - "on"
  - "Über-long keyword that goes past thirty"
  - "kursk"
categories:
  - "World"
canonicalURL: "https://broadsheet.example/kursk"
images:
  - "https://img.example/k.jpg"
author: "Ann Reporter"
---

Lead.
`);
  });

  test("hugo reads custom fields at the top level and under params (Hugo 0.123+), params first", () => {
    const head = (custom: string) =>
      `---\ntitle: "T"\ndate: "2025-01-01T00:30:00+02:00"\n${custom}---\n\nLead.\n`;
    const fields = (markdown: string) => {
      const read = fromMarkdown(markdown, { profile: "hugo" });
      return read.ok ? [read.article.url, read.article.author] : read.errors;
    };
    const ann = [{ name: "Ann" }];
    expect(fields(head('canonicalURL: "https://a.example/x"\nauthor: "Ann"\n'))).toEqual([
      "https://a.example/x",
      ann,
    ]);
    expect(
      fields(head('params:\n  canonicalURL: "https://a.example/x"\n  author: ["Ann"]\n')),
    ).toEqual(["https://a.example/x", ann]);
    expect(
      fields(
        head(
          'canonicalURL: "https://b.example/y"\nparams:\n  canonicalURL: "https://a.example/x"\n',
        ),
      ),
    ).toEqual(["https://a.example/x", undefined]);
  });

  test("jekyll", () => {
    const yaml = frontMatter(toMarkdown(article, { profile: "jekyll" }));
    expect(parse(String(yaml), { version: "1.1" })).toEqual({
      layout: "post",
      title: 'Ukraine says "yes" --- at 12:30',
      date: "2025-01-01 00:30:00 +0200",
      categories: ["World"],
      tags: article.keywords,
      author: "Ann Reporter",
      description: "Troops --- hold on",
      image: "https://img.example/k.jpg",
      lang: "en",
      canonical_url: "https://broadsheet.example/kursk",
      last_modified_at: "2025-01-02 10:00:00 +0000",
    });
    expect(toJekyllDate("2024-02-29T12:30:00.5-05:00")).toBe("2024-02-29 12:30:00.5 -0500");
    expect(fromJekyllDate("2024-02-29 12:30:00.5 -0500")).toBe("2024-02-29T12:30:00.5-05:00");
  });

  test("devto: quoted title and description, no --- inside, four tags of letters and digits", () => {
    const markdown = toMarkdown(article, { profile: "devto" });
    expect(markdown.slice(0, markdown.indexOf("\n---\n") + 5)).toBe(`---
title: "Ukraine says \\"yes\\" --\\x2D at 12:30"
published: false
description: "Troops --\\x2D hold on"
tags: "warinukraine, kursk, on"
canonical_url: "https://broadsheet.example/kursk"
cover_image: "https://img.example/k.jpg"
---
`);
    expect(parse(String(frontMatter(markdown)), { version: "1.1" }).title).toBe(article.headline);
    expect(tagList(["a", "b", "c", "d", "e"], { max: 4, hyphens: false })).toEqual([
      "a",
      "b",
      "c",
      "d",
    ]);
  });

  test("hashnode: the domain when given, tag slugs, a draft", () => {
    const yaml = parse(
      String(frontMatter(toMarkdown(article, { profile: "hashnode", domain: "b.hashnode.dev" }))),
    );
    expect(yaml).toEqual({
      title: article.headline,
      subtitle: "no",
      slug: "kursk-offensive",
      tags: "war-in-ukraine, kursk, on, uber-long-keyword-that-goes-past-thirty",
      domain: "b.hashnode.dev",
      canonical: "https://broadsheet.example/kursk",
      seoDescription: "Troops --- hold on",
      saveAsDraft: true,
    });
  });

  test("astro: the description falls back to an excerpt of the lead", () => {
    const { description: _description, ...bare } = article;
    const yaml = parse(String(frontMatter(toMarkdown(bare, { profile: "astro" }))));
    expect(yaml).toEqual({
      title: article.headline,
      description: "Lead.",
      pubDate: "2025-01-01T00:30:00+02:00",
      updatedDate: "2025-01-02T10:00:00Z",
      slug: "kursk-offensive",
    });
  });

  test("eleventy: Markdown only", () => {
    const yaml = parse(String(frontMatter(toMarkdown(article, { profile: "eleventy" }))));
    expect(yaml.templateEngineOverride).toBe("md");
    expect(yaml.date).toBe("2025-01-01T00:30:00+02:00");
  });

  test("gfm: headline, dek and byline instead of front matter; attribution at the end", () => {
    expect(
      toMarkdown(article, { profile: "gfm", attribution: "Broadsheet" }),
    ).toBe(`# Ukraine says "yes" --- at 12:30

*no*

[Ann Reporter](https://x.example/ann), Correspondent · January 1, 2025

Lead.

*Originally published in [Broadsheet](https://broadsheet.example/kursk).*
`);
  });
});
