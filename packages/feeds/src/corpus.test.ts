import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeDocument } from "./decode/decode-document.js";
import { FeedError } from "./feed-error.js";
import type { Feed } from "./feed-types.js";
import { parseFeed } from "./parse/parse-feed.js";
import { CORPUS_DIR, readCorpusTable } from "./testing/corpus.js";

const table = readCorpusTable();
if (table === undefined) {
  const message = `the feed corpus is not at ${CORPUS_DIR} (shared/ beside the repository)`;
  if (process.env.CI) throw new Error(message);
  console.warn(`skipped: ${message}`);
}

/** Signs that text was decoded in the wrong encoding or still holds feed markup. */
const NOT_INTACT =
  /\ufffd|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]|<!\[CDATA\[|<\/?[a-z][\w:-]*[\s/>]|&(?:amp|lt|gt|quot|#\d+);/i;

/** The first item's title in each legacy-encoded or oddly built file, as a person reads it. */
const FIRST_TITLES: Record<string, string> = {
  "feedparser--euckr.xml": "EUC-KR 에서 TypeKey 한글닉네임 표시하기",
  "feedparser--koi8r.xml": "Как пережить новогоднюю ночь",
  "feedparser--shiftjis.xml": "DrecomRSSに記事投稿が反映されない…",
  "rss-parser--encoding.rss": "Mãe de utente é a nova presidente da Raríssimas",
  "rss-parser--uolNoticias.rss":
    "Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno",
  "feedparser--large_atom_feed_that_needs_css_sanitisation.xml":
    "Невидимая броня для Вашего Nokia 5800",
  "rss-parser--customfields.rss":
    "ISUZU launches the ‘mu-X’ premium full-size 7 seater SUV in Bengaluru",
  "feedparser--example.json": "post 2",
  "rss-parser--craigslist.rss":
    "Bright, Spacious Beautiful Victorian (oakland north / temescal) $4300 3bd 1930ft2",
};

function read(file: string): Feed {
  const decoded = decodeDocument(readFileSync(`${CORPUS_DIR}${file}`));
  return parseFeed(decoded.text, { url: `https://feeds.example/${file}` });
}

function expectIntact(feed: Feed): void {
  expect(feed.title).not.toMatch(NOT_INTACT);
  for (const item of feed.items) {
    expect(item.title.trim(), item.id).not.toBe("");
    expect(item.title, item.id).not.toMatch(NOT_INTACT);
    expect(item.title).not.toMatch(/\s{2}|\n/);
    for (const html of [item.summaryHtml, item.contentHtml]) {
      expect(html ?? "").not.toMatch(/\ufffd|Ã[\u0080-\u00bf]|<!\[CDATA\[/);
    }
  }
}

describe.runIf(table !== undefined)("the shared feed corpus", () => {
  const entries = table ?? [];

  it("lists 23 files to import and 9 that may import or fail", () => {
    expect(entries.filter((entry) => entry.expect === "import")).toHaveLength(23);
    expect(entries.filter((entry) => entry.expect === "either")).toHaveLength(9);
  });

  for (const entry of entries.filter((row) => row.expect === "import")) {
    it(`imports ${entry.file}: ${entry.items} titled items, text intact`, () => {
      const feed = read(entry.file);
      expect(feed.items).toHaveLength(entry.items);
      expectIntact(feed);
      const first = FIRST_TITLES[entry.file];
      if (first !== undefined) expect(feed.items[0]?.title).toBe(first);
    });
  }

  for (const entry of entries.filter((row) => row.expect === "either")) {
    it(`imports ${entry.file} with its text intact, or fails with one clear line`, () => {
      let feed: Feed | undefined;
      try {
        feed = read(entry.file);
      } catch (error) {
        expect(error).toBeInstanceOf(FeedError);
        const message = (error as FeedError).message;
        expect(message).not.toMatch(/\n|\bat \w+ \(/);
        expect(message).toMatch(/not a feed|nothing to read/);
        return;
      }
      expect(feed.items.length).toBeGreaterThan(0);
      expect(feed.items.length).toBeLessThanOrEqual(Math.max(entry.items, 1));
      expectIntact(feed);
      const first = FIRST_TITLES[entry.file];
      if (first !== undefined) expect(feed.items[0]?.title).toBe(first);
    });
  }

  it("finds the encoding of each legacy-encoded file that declares none", () => {
    const encodingOf = (file: string) =>
      decodeDocument(readFileSync(`${CORPUS_DIR}${file}`)).encoding;
    expect(encodingOf("feedparser--euckr.xml")).toBe("euc-kr");
    expect(encodingOf("feedparser--koi8r.xml")).toBe("koi8-r");
    expect(encodingOf("feedparser--shiftjis.xml")).toBe("shift_jis");
    expect(encodingOf("rss-parser--uolNoticias.rss")).toBe("windows-1252");
    expect(encodingOf("rss-parser--encoding.rss")).toBe("windows-1252");
  });

  it("reads what the known feeds hold beyond titles", () => {
    const guardian = read("rss-parser--guardian.rss");
    expect(guardian.homePage).toMatch(/^https:\/\/www\.theguardian\.com/);
    expect(guardian.items[0]?.published).toBe("2018-01-31T07:26:05.000Z");
    expect(guardian.items[0]?.author).toBe("David Smith in Washington");
    const medium = read("rss-parser--content-encoded.rss");
    expect(medium.items[0]?.contentHtml).toMatch(/^<[a-z]/);
    const science = read("rss-parser--rss-1.rss");
    expect(science.format).toBe("rdf");
    expect(science.items[0]?.id).toMatch(/^http:\/\/science\.sciencemag\.org\//);
    expect(science.items[0]?.categories).toEqual(["Botany, Microbiology"]);
    const gulp = read("rss-parser--gulp-atom.atom");
    expect(gulp.items[0]?.url).toBe("https://feeds.example/gulpjs/gulp/releases/tag/v3.9.0");
    expect(gulp.items[0]?.contentHtml).toBe("<p>3.9.0</p>");
  });
});
