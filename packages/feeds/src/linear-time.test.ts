import { timeRatio } from "@broadsheet/article/testing";
import { describe, expect, test } from "vitest";
import { decodeDocument } from "./decode/decode-document.js";
import { discoverFeeds } from "./discover/discover-feeds.js";
import { parseFeed } from "./parse/parse-feed.js";

/** 1 MB, then 10 MB: linear work takes about 10x the time, quadratic 100x. */
const START = 1_000_000;
const FACTOR = 10;
const LIMIT = 25;
const NO_CAPS = { maxBytes: Number.POSITIVE_INFINITY, maxItems: Number.POSITIVE_INFINITY };

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}

const RSS_HEAD = "<rss><channel><title>T</title><item><title>x</title><description>";
const ATOM_HEAD = '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>';

/** Documents made to make a feed reader slow, each as long as asked. */
const SHAPES: Record<string, (size: number) => string> = {
  "deep nesting": (size) => RSS_HEAD + repeatTo("<a>", size),
  "deep nesting, then end tags that close nothing": (size) =>
    RSS_HEAD + repeatTo("<a>", size / 2) + repeatTo("</b>", size / 2),
  "end tags that close nothing": (size) => RSS_HEAD + repeatTo("</x>", size),
  "many items": (size) =>
    `<rss><channel><title>T</title>${repeatTo("<item><title>t</title><link>/a</link><description>&lt;p&gt;d&lt;/p&gt;</description><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item>", size)}</channel></rss>`,
  "many entries with xml:base": (size) =>
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://a.example/"><title>T</title>${repeatTo('<entry xml:base="b/"><title type="html">&lt;b&gt;t&lt;/b&gt;</title><link href="c"/><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>x</p></div></content></entry>', size)}</feed>`,
  "many attributes": (size) => `${RSS_HEAD}<p ${repeatTo('a="1" ', size)}>`,
  "many namespace declarations": (size) => `${RSS_HEAD}<p ${repeatTo('xmlns:a="u" ', size)}>`,
  "many prefixed elements under nested scopes": (size) =>
    RSS_HEAD + '<a xmlns:p="u">'.repeat(200) + repeatTo("<q:x/>", size),
  entities: (size) => RSS_HEAD + repeatTo("&amp;", size),
  "unknown entities": (size) => RSS_HEAD + repeatTo("&lol9;", size),
  "bare ampersands": (size) => RSS_HEAD + repeatTo("&", size),
  "numeric references": (size) => RSS_HEAD + repeatTo("&#", size),
  "entity declarations": (size) => `<!DOCTYPE rss [${repeatTo('<!ENTITY a "&b;&b;">', size)}]>`,
  "an unfinished CDATA section": (size) => `${RSS_HEAD}<![CDATA[${repeatTo("]]", size)}`,
  "an unfinished comment": (size) => `${RSS_HEAD}<!--${repeatTo("-", size)}`,
  "open angle brackets": (size) => RSS_HEAD + repeatTo("<", size),
  "unquoted attribute soup": (size) => `${RSS_HEAD}<a ${repeatTo("b=c'd\"=", size)}`,
  "a long title of markup": (size) =>
    `<rss><channel><title>T</title><item><title>${repeatTo("&lt;b x&gt;", size)}</title></item></channel></rss>`,
  "a long Atom html title": (size) =>
    ATOM_HEAD.replace("<title>", '<title type="html">') + repeatTo("&lt;", size),
  "a long author": (size) =>
    `<rss><channel><title>T</title><item><title>t</title><author>${repeatTo("a@", size)}</author></item></channel></rss>`,
  "many categories": (size) =>
    `<rss><channel><title>T</title><item><title>t</title>${repeatTo("<category>c</category>", size)}</item></channel></rss>`,
  "JSON Feed items": (size) =>
    `{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[${repeatTo('{"id":"1","title":"&lt;t","url":"/a","content_html":"<p>x</p>","tags":["a"]},', size)}{"id":"2"}]}`,
  "deep JSON": (size) =>
    `{"version":"https://jsonfeed.org/version/1.1","items":${repeatTo("[", size)}`,
};

function parseQuietly(text: string): void {
  try {
    parseFeed(text, { url: "https://feed.example/", limits: NO_CAPS });
  } catch {
    // A document that is not a feed is refused: the time to refuse it is what is measured.
  }
}

describe("the feed reader runs in time linear in its input (1 MB -> 10 MB)", () => {
  test.each(Object.keys(SHAPES))(
    "parseFeed: %s",
    (name) => {
      const shape = SHAPES[name] as (size: number) => string;
      const { size, ratio } = timeRatio(shape, parseQuietly, {
        start: START,
        factor: FACTOR,
        limit: LIMIT,
        tries: 1,
      });
      expect(ratio, `${name}: ${size} -> ${FACTOR * size} characters`).toBeLessThan(LIMIT);
    },
    120_000,
  );

  test("discoverFeeds: many link tags", () => {
    const page = (size: number) =>
      repeatTo('<link rel="alternate" type="application/rss+xml" href="/f?a=1&amp;b=2">', size);
    const { ratio } = timeRatio(page, (html) => discoverFeeds(html, "https://p.example/"), {
      start: START,
      factor: FACTOR,
      limit: LIMIT,
      tries: 1,
    });
    expect(ratio).toBeLessThan(LIMIT);
  }, 120_000);

  test("decodeDocument: undeclared legacy bytes", () => {
    const bytes = (size: number) => Buffer.from(repeatTo("Cora\u00e7\u00e3o ", size), "latin1");
    const { ratio } = timeRatio(bytes, (input) => decodeDocument(input, undefined, NO_CAPS), {
      start: START,
      factor: FACTOR,
      limit: LIMIT,
      tries: 1,
    });
    expect(ratio).toBeLessThan(LIMIT);
  }, 120_000);
});
