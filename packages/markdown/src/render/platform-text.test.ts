import type { Article, Block, Inline } from "@broadsheet/article";
import { describe, expect, test } from "vitest";
import { fromMarkdown } from "../from-markdown.js";
import { PROFILES, type ProfileName } from "../profiles/index.js";
import { toMarkdown } from "../to-markdown.js";
import { type Platform, platformHtml, visibleText } from "./test-platform-html.js";

const paragraph = (content: Inline | string): Block => ({
  type: "paragraph",
  content: typeof content === "string" ? [{ text: content }] : content,
});
const heading = (text: string): Block => ({ type: "heading", level: 2, content: [{ text }] });

function article(body: Block[]): Article {
  return { schemaVersion: 1, id: "a", slug: "story", headline: "Story", body } as Article;
}

/** The body a profile writes, without its front matter or (gfm) headline. */
function exported(body: Block[], profile: ProfileName): string {
  const markdown = toMarkdown(article(body), { profile });
  if (profile === "gfm") return markdown.slice(markdown.indexOf("\n\n") + 2);
  return markdown.startsWith("---\n")
    ? markdown.slice(markdown.indexOf("\n---\n", 4) + 5)
    : markdown;
}

/** Each block's visible text, as the page shows it (line breaks and spaces as one space). */
function shown(html: string): string {
  return visibleText(html.replace(/<br\s*\/?>/g, " ")).replace(/\s+/g, " ");
}

function textOf(block: Block): string {
  if (block.type === "paragraph" || block.type === "heading") {
    return block.content.map((span) => span.text).join("");
  }
  throw new Error(`no text for ${block.type}`);
}

interface Case {
  name: string;
  profiles: ProfileName[];
  platform: Platform;
  body: Block[];
  /** What the page must (not) hold besides the text. */
  html?: (html: string) => void;
}

const LOOK_ALIKES = [
  paragraph("Plain text https://x.example/a and www.x.example, news@example.com too."),
  paragraph("A URL-like mailto:someone@example.com and <https://example.com> stay text."),
];

const noLinks = (html: string) => expect(html).not.toMatch(/<a\s/);

const CASES: Case[] = [
  ...(["cmark-gfm", "pandoc"] as const).map(
    (platform): Case => ({
      name: "text that looks like a URL or an e-mail address is no link",
      profiles: ["gfm", "hashnode"],
      platform,
      body: LOOK_ALIKES,
      html: noLinks,
    }),
  ),
  {
    name: "text that looks like a URL or an e-mail address is no link",
    profiles: ["astro"],
    platform: "astro",
    body: LOOK_ALIKES,
    html: noLinks,
  },
  {
    name: "two backticks stay backticks (no smart quote)",
    profiles: ["astro"],
    platform: "astro",
    body: [paragraph("` a lone backtick and ``two`` backticks")],
  },
  {
    name: "emoji names stay text",
    profiles: ["gfm", "hashnode"],
    platform: "pandoc",
    body: [paragraph(":smile: and :+1: are not emoji, nor is :tada:")],
    html: (html) => expect(html).not.toMatch(/class="emoji"/),
  },
  {
    name: "an e-mail address as link text is one link",
    profiles: ["gfm", "hashnode"],
    platform: "pandoc",
    body: [
      paragraph([
        { text: "Mail " },
        { text: "news@example.com", href: "mailto:news@example.com" },
        { text: " or " },
        { text: "www.example.com", href: "https://www.example.com/" },
      ]),
    ],
    html: (html) => expect(html.match(/<a\s/g)?.length).toBe(2),
  },
  {
    name: "angle brackets, fences, backticks and trailing # read as text",
    profiles: ["devto"],
    platform: "redcarpet",
    body: [
      paragraph("x<y, a > b and 3 < 4 > 2"),
      paragraph("```\nnot a fence\n```"),
      paragraph("` a lone backtick and ``two`` backticks"),
      heading("Heading \\##"),
      heading("Heading ending in #"),
      heading("C# and F#"),
    ],
    html: (html) => expect(html).not.toMatch(/<code>|<y/),
  },
  {
    name: "emphasis inside a word is emphasis",
    profiles: ["devto"],
    platform: "redcarpet",
    body: [
      paragraph([{ text: "un" }, { text: "believ", marks: ["em"] }, { text: "able" }]),
      paragraph([{ text: "a" }, { text: "b", marks: ["strike"] }, { text: "c" }]),
    ],
    html: (html) => {
      expect(html).toMatch(/un<em>believ<\/em>able/);
      expect(html).toMatch(/a<del>b<\/del>c/);
    },
  },
  {
    name: "a mark no delimiter run reads back keeps its formatting",
    profiles: ["hugo"],
    platform: "goldmark",
    body: [
      paragraph([
        { text: "Marks: " },
        { text: "end!", marks: ["strong"] },
        { text: "struck", marks: ["strike"] },
      ]),
    ],
    html: (html) => {
      expect(html).toMatch(/<strong>end!<\/strong>/);
      expect(html).toMatch(/<del>struck<\/del>/);
    },
  },
];

describe("running text on the real platforms", () => {
  for (const { name, profiles, platform, body, html } of CASES) {
    for (const profile of profiles) {
      test(`${profile} → ${platform}: ${name}`, async (context) => {
        const read = fromMarkdown(toMarkdown(article(body), { profile }), { profile });
        expect(read.ok && read.article.body).toEqual(PROFILES[profile].body(article(body), {}));
        const [page] = await platformHtml(context, platform, [exported(body, profile)]);
        const blocks = (page as string).split(/(?<=<\/(?:p|h2)>)/);
        body.forEach((block, index) => {
          expect(shown(blocks[index] ?? "")).toBe(textOf(block).replace(/\s+/g, " "));
        });
        html?.(page as string);
      });
    }
  }
});
