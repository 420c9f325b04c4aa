import { readFileSync } from "node:fs";
import { parser } from "sax";
import { describe, expect, it } from "vitest";
import { RemoteError } from "../remote-error.js";
import type { FollowedSource } from "./followed-source.js";
import { readOpml } from "./read-opml.js";
import { writeOpml } from "./write-opml.js";

function fixture(name: string): Uint8Array {
  return readFileSync(new URL(`../../fixtures/opml/${name}`, import.meta.url));
}

/** Every element of a document, read by a strict XML parser (as libxml2 in newsboat reads it). */
function strictElements(xml: string): Array<{ name: string; attributes: Record<string, string> }> {
  const elements: Array<{ name: string; attributes: Record<string, string> }> = [];
  const strict = parser(true);
  strict.onerror = (error) => {
    throw error;
  };
  strict.onopentag = (tag) => elements.push({ name: tag.name, attributes: tag.attributes });
  strict.write(xml).close();
  return elements;
}

describe("readOpml", () => {
  it("reads a newsboat export: OPML 1.0, titles without text, entities decoded", () => {
    const { feeds, title, warnings } = readOpml(fixture("newsboat-export.opml"));
    expect(title).toBe("newsboat - Exported Feeds");
    expect(feeds).toEqual([
      { url: "https://lwn.net/headlines/rss", title: "LWN.net", siteUrl: "https://lwn.net/" },
      {
        url: "https://www.theguardian.com/world/rss",
        title: "World news | The Guardian",
        siteUrl: "https://www.theguardian.com/world",
      },
      {
        url: "https://blog.example.org/feed.atom?lang=en&full=1",
        title: "Ros & Guilén’s <notes>",
        siteUrl: "https://blog.example.org/",
      },
      { url: "https://news.ycombinator.com/rss" },
    ]);
    expect(warnings).toEqual([]);
  });

  it("flattens nested folders in document order, keeps titles, merges duplicates", () => {
    const { feeds, warnings } = readOpml(fixture("folders.opml"));
    expect(feeds.map((feed) => [feed.url, feed.title])).toEqual([
      ["https://feeds.bbci.co.uk/news/world/rss.xml", "BBC News - World"],
      ["https://kyivindependent.com/rss/", "Kyiv Independent"],
      ["http://saopaulo.example.com/rss.xml", "São Paulo Times"],
      ["https://lwn.net/headlines/rss", "LWN.net"],
      ["http://example.net/index.xml", "Top level, no folder"],
    ]);
    expect(warnings).toEqual(["1 feed(s) listed twice: merged"]);
  });

  it("reads a Windows-1252 file by its declaration", () => {
    const head = '<?xml version="1.0" encoding="windows-1252"?><opml version="1.1"><body>';
    const bytes = Buffer.concat([
      Buffer.from(`${head}<outline text="Caf`, "latin1"),
      Buffer.from([0xe9, 0x20, 0x93, 0x4e, 0x6f, 0x69, 0x72, 0x94]),
      Buffer.from('" xmlUrl="https://cafe.example.com/rss"/></body></opml>', "latin1"),
    ]);
    expect(readOpml(bytes).feeds).toEqual([
      { url: "https://cafe.example.com/rss", title: "Café “Noir”" },
    ]);
  });

  it("never expands a DTD's entities, and leaves out addresses that are not http(s)", () => {
    const { feeds, title, warnings } = readOpml(fixture("hostile.opml"));
    expect(feeds.map((feed) => feed.url)).toEqual([
      "https://safe.example.com/feed.xml",
      "https://safe.example.com/other.xml",
      "https://escape.example.com/feed",
      "https://script.example.com/feed",
    ]);
    expect(title).toBe("&lol9;");
    expect(feeds[0]?.title).toBe("&lol9;");
    expect(feeds[1]?.title).toBe("&xxe;");
    expect(feeds[2]?.title).toBe("[31mRed[0m txet desrever");
    expect(feeds[3]?.title).toBe("<script>alert(1)</script>");
    expect(warnings).toContain("the document declares entities in a DTD: they are not expanded");
    expect(warnings).toEqual(
      expect.arrayContaining([
        "outline 3: its xmlUrl is a javascript: address (only http and https are followed): left out",
        "outline 4: its xmlUrl is a javascript: address (only http and https are followed): left out",
        "outline 5: its xmlUrl is a file: address (only http and https are followed): left out",
        "outline 6: its xmlUrl is a data: address (only http and https are followed): left out",
        "outline 7: its xmlUrl holds a user name or password: left out",
        "outline 8: its xmlUrl is not an address: left out",
      ]),
    );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: controls are what this looks for.
    for (const warning of warnings) expect(warning).not.toMatch(/[\u0000-\u001f\u202e]/);
  });

  it("caps the warnings of a file full of refused addresses", () => {
    const outlines = Array.from(
      { length: 500 },
      (_, index) => `<outline text="x" xmlUrl="javascript:alert(${index})"/>`,
    ).join("");
    const { feeds, warnings } = readOpml(`<opml version="2.0"><body>${outlines}</body></opml>`);
    expect(feeds).toEqual([]);
    expect(warnings).toHaveLength(21);
    expect(warnings[20]).toBe("480 more outline(s) with a refused xmlUrl: left out");
  });

  it("reads folders nested far deeper than the stack allows recursion", () => {
    const depth = 200;
    const xml = `<opml><body>${'<outline text="f">'.repeat(depth)}<outline xmlUrl="https://deep.example.com/rss"/>${"</outline>".repeat(depth)}</body></opml>`;
    expect(readOpml(xml).feeds).toEqual([{ url: "https://deep.example.com/rss" }]);
  });

  it.each([
    ['<?xml version="1.0"?><rss version="2.0"><channel/></rss>', "its root is <rss>"],
    ["just some text", "its root is no XML element"],
  ])("refuses a file that is not OPML, naming it: %s", (text, found) => {
    expect(() => readOpml(text, "subscriptions.opml")).toThrow(RemoteError);
    expect(() => readOpml(text, "subscriptions.opml")).toThrow(
      new RegExp(`^subscriptions\\.opml: not an OPML file \\(${found.replace(/[<>]/g, "\\$&")}`),
    );
  });
});

describe("writeOpml", () => {
  const sources: FollowedSource[] = [
    {
      url: "https://lwn.net/headlines/rss",
      title: "LWN.net",
      siteUrl: "https://lwn.net/",
      addedAt: new Date("2026-12-01T10:00:00Z"),
    },
    {
      url: "https://blog.example.org/feed?a=1&b=2",
      title: 'Ros & Guil "quoted" <notes>\tand a tab',
      addedAt: new Date("2026-12-02T10:00:00Z"),
    },
    { url: "https://untitled.example.com/feed.xml", addedAt: new Date("2026-12-03T10:00:00Z") },
  ];
  const xml = writeOpml(sources, { dateCreated: new Date("2026-12-07T12:00:00Z") });

  it("is well-formed OPML 2.0 to a strict parser, every outline with text and xmlUrl", () => {
    const elements = strictElements(xml);
    expect(elements[0]).toEqual({ name: "opml", attributes: { version: "2.0" } });
    const outlines = elements.filter((element) => element.name === "outline");
    expect(outlines.map((outline) => outline.attributes)).toEqual([
      {
        text: "LWN.net",
        title: "LWN.net",
        type: "rss",
        xmlUrl: "https://lwn.net/headlines/rss",
        htmlUrl: "https://lwn.net/",
      },
      {
        text: 'Ros & Guil "quoted" <notes>\tand a tab',
        title: 'Ros & Guil "quoted" <notes>\tand a tab',
        type: "rss",
        xmlUrl: "https://blog.example.org/feed?a=1&b=2",
      },
      {
        text: "untitled.example.com",
        title: "untitled.example.com",
        type: "rss",
        xmlUrl: "https://untitled.example.com/feed.xml",
      },
    ]);
    expect(xml).toContain("<dateCreated>Mon, 07 Dec 2026 12:00:00 GMT</dateCreated>");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">')).toBe(
      true,
    );
  });

  it("drops characters XML 1.0 forbids rather than writing a file readers refuse", () => {
    const written = writeOpml([
      { url: "https://x.example.com/", title: "bell\u0007 and \ufffe", addedAt: new Date() },
    ]);
    expect(
      strictElements(written).find((element) => element.name === "outline")?.attributes.text,
    ).toBe("bell and ");
  });

  it("round-trips: what it writes reads back as the same feeds and titles", () => {
    const { feeds, warnings } = readOpml(xml);
    expect(warnings).toEqual([]);
    expect(feeds).toEqual([
      { url: "https://lwn.net/headlines/rss", title: "LWN.net", siteUrl: "https://lwn.net/" },
      {
        url: "https://blog.example.org/feed?a=1&b=2",
        title: 'Ros & Guil "quoted" <notes> and a tab',
      },
      { url: "https://untitled.example.com/feed.xml", title: "untitled.example.com" },
    ]);
  });

  it("round-trips the fixtures through the follow list's shape", () => {
    for (const name of ["newsboat-export.opml", "folders.opml"]) {
      const first = readOpml(fixture(name)).feeds;
      const again = readOpml(
        writeOpml(first.map((feed) => ({ ...feed, addedAt: new Date(0) }))),
      ).feeds;
      expect(again.map((feed) => feed.url)).toEqual(first.map((feed) => feed.url));
      expect(again.map((feed) => feed.siteUrl)).toEqual(first.map((feed) => feed.siteUrl));
    }
  });
});
