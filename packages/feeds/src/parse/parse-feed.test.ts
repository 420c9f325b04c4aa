import { describe, expect, it } from "vitest";
import { FeedError } from "../feed-error.js";
import { parseFeed } from "./parse-feed.js";

const URL_OF_FEED = "https://news.example/feeds/all.xml";

describe("parseFeed: Atom 1.0", () => {
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example/blog/">
  <title type="html">News &amp;amp; &lt;b&gt;views&lt;/b&gt;</title>
  <link href="/"/>
  <link rel="self" href="feed.atom"/>
  <author><name>Desk</name></author>
  <entry>
    <id>urn:uuid:1</id>
    <title>Tom &amp; Jerry &lt;3</title>
    <link rel="alternate" type="text/html" href="posts/one"/>
    <link rel="alternate" type="text/markdown" href="posts/one.md"/>
    <link rel="enclosure" href="one.mp3"/>
    <published>2024-05-01T10:00:00+02:00</published>
    <updated>2024-05-02T00:00:00Z</updated>
    <category term="world" label="World"/><category term="europe"/>
    <summary>1 &lt; 2</summary>
    <content type="xhtml" xml:base="/media/"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi <img src="a.png"/> &amp; <a href="x">bye</a></p></div></content>
  </entry>
  <entry>
    <id>urn:uuid:2</id>
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">An <em>xhtml</em> title</div></title>
    <link href="https://elsewhere.example/two"/>
    <author><name>Ann</name></author>
    <content type="html"><![CDATA[<p>Raw <b>html</b> &amp; more</p>]]></content>
  </entry>
</feed>`;
  const feed = parseFeed(atom, { url: URL_OF_FEED });

  it("reads the feed's head", () => {
    expect(feed).toMatchObject({
      format: "atom",
      title: "News & views",
      homePage: "https://news.example/",
    });
  });

  it("reads an entry: links against xml:base, dates to UTC, categories by label", () => {
    expect(feed.items[0]).toEqual({
      id: "urn:uuid:1",
      url: "https://news.example/blog/posts/one",
      title: "Tom & Jerry <3",
      published: "2024-05-01T08:00:00.000Z",
      updated: "2024-05-02T00:00:00.000Z",
      author: "Desk",
      categories: ["World", "europe"],
      summaryHtml: "1 &lt; 2",
      contentHtml: '<p>Hi <img src="a.png"> &amp; <a href="x">bye</a></p>',
      contentBase: "https://news.example/media/",
      markdownAlternate: "https://news.example/blog/posts/one.md",
      position: 1,
    });
    expect(feed.warnings).toEqual([]);
  });

  it("reads html content from CDATA as written, and an xhtml title as text", () => {
    expect(feed.items[1]).toMatchObject({
      title: "An xhtml title",
      author: "Ann",
      url: "https://elsewhere.example/two",
      contentHtml: "<p>Raw <b>html</b> &amp; more</p>",
    });
  });
});

describe("parseFeed: RSS 2.0 and 0.9x", () => {
  const rss = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>The Daily &#8212; Example</title>
  <link>https://daily.example/</link>
  <item>
    <title>First &amp;amp; only</title>
    <link>/2024/first</link>
    <guid isPermaLink="false">first-1</guid>
    <pubDate>Wed, 01 May 2024 10:00:00 +0000</pubDate>
    <author>ed@daily.example (Ed Itor)</author>
    <category>Politics</category><category>Politics</category><dc:subject>Local</dc:subject>
    <description>&lt;p&gt;The summary &amp;amp; more&lt;/p&gt;</description>
    <content:encoded><![CDATA[<p>Full <a href="/x">text</a></p>]]></content:encoded>
    <atom:link rel="alternate" type="text/markdown" href="https://daily.example/2024/first.md"/>
  </item>
  <item>
    <description>An item with no title whose text is long enough to be cut at a word somewhere past the eightieth character.</description>
    <guid>https://daily.example/2024/second</guid>
    <dc:creator>Bo</dc:creator>
    <dc:date>2024-05-02</dc:date>
  </item>
  <item><title>Bad date</title><link>https://daily.example/3</link><pubDate>someday</pubDate></item>
  <item></item>
</channel>
</rss>`;
  const feed = parseFeed(rss, { url: URL_OF_FEED });

  it("reads an item: content:encoded, description, guid, author's name, categories once", () => {
    expect(feed.title).toBe("The Daily — Example");
    expect(feed.items[0]).toEqual({
      id: "first-1",
      url: "https://news.example/2024/first",
      title: "First & only",
      published: "2024-05-01T10:00:00.000Z",
      updated: undefined,
      author: "Ed Itor",
      categories: ["Politics", "Local"],
      summaryHtml: "<p>The summary &amp; more</p>",
      contentHtml: '<p>Full <a href="/x">text</a></p>',
      contentBase: URL_OF_FEED,
      markdownAlternate: "https://daily.example/2024/first.md",
      position: 1,
    });
  });

  it("takes a permalink guid as the link and a title from the text, with a warning", () => {
    expect(feed.items[1]).toMatchObject({
      url: "https://daily.example/2024/second",
      title: "An item with no title whose text is long enough to be cut at a word somewhere…",
      author: "Bo",
      published: "2024-05-02T00:00:00.000Z",
    });
  });

  it("keeps the good items beside a bad date and an empty item, with a warning each", () => {
    expect(feed.items.map((item) => item.title)).toHaveLength(3);
    expect(feed.items.map((item) => item.position)).toEqual([1, 2, 3]);
    expect(feed.skippedItems).toBe(1);
    expect(feed.items[2]?.published).toBeUndefined();
    expect(feed.warnings).toEqual([
      "item 2 has no title: one is taken from its text",
      'item 3 ("Bad date"): the published date "someday" is neither RFC 822 nor RFC 3339: left out',
      "item 4 has no title, text or link: skipped",
    ]);
  });

  it("reads RSS 0.91", () => {
    const old = `<rss version="0.91"><channel><title>Old</title><link>http://old.example/</link>
      <item><title>One</title><link>http://old.example/1</link><description>Text</description></item>
      </channel></rss>`;
    expect(parseFeed(old).items).toMatchObject([
      { id: "http://old.example/1", title: "One", summaryHtml: "Text" },
    ]);
  });
});

describe("parseFeed: RSS 1.0 (RDF)", () => {
  it("reads the items beside the channel", () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/"><title>RDF site</title><link>https://rdf.example/</link></channel>
  <item rdf:about="https://rdf.example/a"><title>A</title><link>https://rdf.example/a</link>
    <dc:date>2024-01-02T03:04:05Z</dc:date><dc:creator>Cy</dc:creator><description>Alpha</description></item>
</rdf:RDF>`;
    const feed = parseFeed(rdf);
    expect(feed).toMatchObject({
      format: "rdf",
      title: "RDF site",
      homePage: "https://rdf.example/",
    });
    expect(feed.items).toMatchObject([
      {
        id: "https://rdf.example/a",
        title: "A",
        author: "Cy",
        published: "2024-01-02T03:04:05.000Z",
        summaryHtml: "Alpha",
      },
    ]);
  });
});

describe("parseFeed: JSON Feed", () => {
  it("reads 1.1 (authors, content_html, tags, a Markdown attachment)", () => {
    const json = JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      title: "J",
      home_page_url: "https://j.example/",
      feed_url: "https://j.example/feed.json",
      items: [
        {
          id: 7,
          url: "/posts/7",
          title: "Seven",
          content_html: "<p>7</p>",
          summary: "a < b",
          date_published: "2024-05-01T10:00:00+02:00",
          authors: [{ name: "Ann" }, { name: "Bo" }],
          tags: ["x", "y"],
          attachments: [{ url: "/posts/7.md", mime_type: "text/markdown" }],
        },
        "not an item",
        { id: "8", content_text: "Plain <text>" },
      ],
    });
    const feed = parseFeed(json);
    expect(feed.items[0]).toEqual({
      id: "7",
      url: "https://j.example/posts/7",
      title: "Seven",
      published: "2024-05-01T08:00:00.000Z",
      updated: undefined,
      author: "Ann, Bo",
      categories: ["x", "y"],
      summaryHtml: "a &lt; b",
      contentHtml: "<p>7</p>",
      contentBase: "https://j.example/feed.json",
      markdownAlternate: "https://j.example/posts/7.md",
      position: 1,
    });
    expect(feed.items[1]).toMatchObject({
      id: "8",
      title: "Plain <text>",
      contentHtml: "Plain &lt;text&gt;",
    });
    expect(feed.items.map((item) => item.position)).toEqual([1, 3]);
    expect(feed.skippedItems).toBe(1);
    expect(feed.warnings).toEqual([
      "item 2 could not be read (it is not a JSON object): skipped",
      "item 3 has no title: one is taken from its text",
    ]);
  });

  it("reads 1.0's single author", () => {
    const json = `{"version":"https://jsonfeed.org/version/1","title":"J","author":{"name":"Feed Author"},
      "items":[{"id":"1","title":"One","content_text":"x"}]}`;
    expect(parseFeed(json).items[0]?.author).toBe("Feed Author");
  });
});

describe("parseFeed: what is not a feed fails in one line", () => {
  it.each([
    [
      "an HTML page",
      "<!DOCTYPE html><html><head><title>x</title></head></html>",
      "the document is an HTML page, not a feed: find its feeds with discoverFeeds, or read it as an article",
    ],
    [
      "another XML document",
      "<svg xmlns='http://www.w3.org/2000/svg'/>",
      "the document's root element is <svg>, not <feed> (Atom), <rss> or <rdf:RDF>: not a feed",
    ],
    [
      "plain text",
      "just some words",
      'the document holds no XML element and no JSON (it starts "just some words"): not a feed; check the URL',
    ],
    [
      "nothing",
      "",
      'the document holds no XML element and no JSON (it starts ""): not a feed; check the URL',
    ],
    [
      "JSON that is not a feed",
      '{"hello": "world"}',
      "the document is JSON without a JSON Feed version (https://jsonfeed.org/version/1.1): not a feed; try the site's home page to find its feeds",
    ],
    ["broken JSON", '{"version": ', "the document starts like JSON but is not valid JSON"],
  ])("%s", (_, text, message) => {
    let caught: unknown;
    try {
      parseFeed(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FeedError);
    expect((caught as FeedError).message.startsWith(message)).toBe(true);
    expect((caught as FeedError).message).not.toContain("\n");
  });
});

describe("parseFeed: limits", () => {
  const items = (count: number) =>
    `<rss><channel><title>T</title>${"<item><title>x</title></item>".repeat(count)}</channel></rss>`;

  it("refuses more items than the cap, saying how many", () => {
    expect(() => parseFeed(items(11), { limits: { maxItems: 10 } })).toThrow(
      new FeedError(
        "the feed has 11 items, over the cap of 10: not read (raise maxItems to read it)",
      ),
    );
    expect(parseFeed(items(10), { limits: { maxItems: 10 } }).items).toHaveLength(10);
  });

  it("refuses text over the size cap", () => {
    expect(() => parseFeed(items(100), { limits: { maxBytes: 1024 } })).toThrow(
      /over the 0\.0 MB cap/,
    );
  });
});
