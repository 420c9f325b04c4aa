import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeDocument } from "./decode/decode-document.js";
import { FeedError } from "./feed-error.js";
import type { Feed } from "./feed-types.js";
import { parseFeed } from "./parse/parse-feed.js";

const FEED_URL = "https://hostile.example/feed";

function readFixture(name: string): Feed {
  const bytes = readFileSync(new URL(`../fixtures/hostile/${name}`, import.meta.url));
  const decoded = decodeDocument(bytes);
  const feed = parseFeed(decoded.text, { url: FEED_URL });
  return { ...feed, warnings: [...decoded.warnings, ...feed.warnings] };
}

function everyText(feed: Feed): string[] {
  return [
    feed.title,
    ...feed.items.flatMap((item) => [item.title, item.author ?? "", ...item.categories]),
  ];
}

describe("hostile feeds", () => {
  it("script injection: titles keep no markup or script, item HTML is handed over as found", () => {
    const feed = readFixture("script-injection.rss");
    expect(feed.title).toBe("Inject Weekly");
    expect(feed.items.map((item) => item.title)).toEqual(["Headline", "Second, safe", "Data link"]);
    expect(feed.items[0]?.summaryHtml).toBe(
      '<p onclick="alert(5)">Lead</p><script>alert(6)</script>',
    );
    for (const text of everyText(feed)) expect(text).not.toMatch(/[<>]|alert/);
  });

  it("javascript: and data: links are never a URL, home page or Markdown alternate", () => {
    const feed = readFixture("script-injection.rss");
    expect(feed.homePage).toBeUndefined();
    expect(feed.items.map((item) => item.url)).toEqual([undefined, undefined, undefined]);
    expect(feed.items[0]?.markdownAlternate).toBeUndefined();
    const atom = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><link href="javascript:alert(1)"/>
       <entry><title>E</title><link href="jav&#x09;ascript:alert(2)"/><id>javascript:alert(3)</id></entry></feed>`,
    );
    expect(atom.homePage).toBeUndefined();
    expect(atom.items[0]?.url).toBeUndefined();
    const json = parseFeed(
      JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        title: "J",
        home_page_url: "javascript:alert(1)",
        items: [{ id: "1", title: "T", url: "javascript:alert(2)", external_url: "vbscript:x" }],
      }),
    );
    expect(json.homePage).toBeUndefined();
    expect(json.items[0]?.url).toBeUndefined();
  });

  it("C0 and escape bytes are removed from every text, with one warning", () => {
    const feed = readFixture("control-bytes.rss");
    for (const text of [...everyText(feed), feed.items[0]?.summaryHtml ?? ""]) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: controls are what this finds.
      expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    }
    expect(feed.items[0]?.summaryHtml).toBe("Body with NUL and [5m blink");
    expect(feed.warnings).toEqual(["10 control character(s) removed from the text"]);
  });

  it("a billion-laughs DTD is not expanded: the good item reads, one warning", () => {
    const feed = readFixture("billion-laughs.xml");
    expect(feed.items.map((item) => item.title)).toEqual(["Bomb &lol9; here", "Plain item"]);
    expect(feed.items[0]?.summaryHtml).toBe("&xxe;");
    expect(feed.items[1]?.summaryHtml).toBe("Safe & sound");
    expect(feed.warnings).toEqual([
      "the document declares entities in a DTD: they are not expanded",
    ]);
  });

  it("malformed XML: the good items read around the broken ones, with warnings", () => {
    const feed = readFixture("malformed.rss");
    const titles = feed.items.map((item) => item.title);
    expect(titles).toContain("Good one");
    expect(titles).toContain("Good two");
    expect(titles).toContain("Attribute soup");
    expect(feed.items.find((item) => item.title === "Good one")?.summaryHtml).toBe("First & fine");
    expect(feed.items.find((item) => item.title === "Good two")?.url).toBe("https://bad.example/3");
    expect(feed.warnings).toContain("the document ends inside <description>: it looks cut short");
    expect(feed.warnings).toContain("2 end tag(s) close no open element: ignored");
  });

  it("a document cut inside markup gives none of that markup as text", () => {
    const feed = parseFeed(
      "<rss><channel><title>T</title><item><title>Good</title></item><item><title><![CD",
    );
    expect(feed.items.map((item) => item.title)).toEqual(["Good"]);
    expect(feed.warnings).toEqual([
      "the document ends inside <title>: it looks cut short",
      "item 2 has no title, text or link: skipped",
    ]);
  });

  it("a wrong declared charset is caught and the text reads right", () => {
    const feed = readFixture("wrong-charset.rss");
    expect(feed.title).toBe("Notícias de São Paulo");
    expect(feed.items[0]?.title).toBe("Caça ao tesouro — “achado” em Belém");
    expect(feed.items[0]?.summaryHtml).toBe("Coração € 5");
    expect(feed.warnings).toEqual([
      "the declaration says utf-8, but the bytes are not UTF-8: read as windows-1252",
    ]);
  });

  it("elements nested past the depth cap are read as text", () => {
    const depth = 100_000;
    const text = `<rss><channel><title>T</title><item><title>Deep</title><description>${"<a>".repeat(depth)}core${"</a>".repeat(depth)}</description></item><item><title>After</title></item></channel></rss>`;
    const feed = parseFeed(text);
    expect(feed.items.map((item) => item.title)).toEqual(["Deep", "After"]);
    expect(feed.items[0]?.summaryHtml).toContain("core");
    expect(feed.warnings).toEqual(["elements nested deeper than 256 are read as their text"]);
  });

  it("a 50 MB body is refused at the cap in one line, before it is decoded or parsed", () => {
    const item = "<item><title>x</title><description>padding</description></item>";
    const body = Buffer.from(
      `<rss><channel><title>Big</title>${item.repeat(Math.ceil(50e6 / item.length))}</channel></rss>`,
    );
    expect(body.length).toBeGreaterThan(50e6);
    expect(() => decodeDocument(body)).toThrow(
      new FeedError(
        "the document is 47.7 MB, over the 16.0 MB cap: not read (raise maxBytes if it is really a feed)",
      ),
    );
    expect(() => parseFeed(body.toString("latin1"))).toThrow(FeedError);
  });
});
