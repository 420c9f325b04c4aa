import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { decodeDocument, parseFeed } from "@broadsheet/feeds";
import Parser from "rss-parser";
import { feedStoryParagraphs } from "./feed-story-paragraphs.js";
import { measure } from "./measure.js";
import { formatNumber, printTable } from "./print-table.js";

/** Rounds of both parsers in turn; the median ratio is printed, so a burst of load hits both. */
const ROUNDS = 5;

const CORPUS = new URL("../../../shared/corpora/feeds/", import.meta.url);

/** An RSS 2.0 feed of `count` items as a news site writes it: full content in content:encoded. */
export function syntheticRss(count: number): string {
  const items = Array.from(
    { length: count },
    (_, index) => `<item>
<title>Story ${index}: council funds night buses &amp; late trains</title>
<link>https://news.example/2024/05/story-${index}</link>
<guid isPermaLink="true">https://news.example/2024/05/story-${index}</guid>
<pubDate>Tue, 14 May 2024 ${String(index % 24).padStart(2, "0")}:30:00 +0200</pubDate>
<dc:creator>Ann Lee</dc:creator>
<category>Transit</category><category>City</category>
<description>The council voted seven to two to fund night buses.</description>
<content:encoded><![CDATA[${feedStoryParagraphs(index)}]]></content:encoded>
</item>`,
  ).join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>News Example</title><link>https://news.example/</link><description>All stories</description>
${items}
</channel></rss>`;
}

/** An Atom feed of `count` entries with escaped HTML content. */
export function syntheticAtom(count: number): string {
  const escapeMarkup = (html: string) =>
    html.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  const entries = Array.from(
    { length: count },
    (_, index) => `<entry>
<id>https://news.example/2024/05/story-${index}</id>
<title>Story ${index}: council funds night buses</title>
<link rel="alternate" type="text/html" href="/2024/05/story-${index}"/>
<published>2024-05-14T10:30:00+02:00</published><updated>2024-05-14T11:00:00+02:00</updated>
<author><name>Ann Lee</name></author><category term="Transit"/>
<summary>The council voted seven to two to fund night buses.</summary>
<content type="html">${escapeMarkup(feedStoryParagraphs(index))}</content>
</entry>`,
  ).join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example/"><title>News Example</title>
<link href="https://news.example/"/><id>https://news.example/</id><updated>2024-05-14T11:00:00Z</updated>
${entries}
</feed>`;
}

interface FeedCase {
  name: string;
  text: string;
}

function feedCases(): FeedCase[] {
  const cases = [
    { name: "RSS 2.0, 100 items (synthetic)", text: syntheticRss(100) },
    { name: "Atom, 100 entries (synthetic)", text: syntheticAtom(100) },
  ];
  for (const [name, file] of [
    ["The Guardian RSS, 55 items", "rss-parser--guardian.rss"],
    ["Giant Bombcast RSS, 730 items", "rss-parser--giantbomb-podcast.rss"],
  ] as const) {
    const path = new URL(file, CORPUS);
    if (existsSync(path)) cases.push({ name, text: decodeDocument(readFileSync(path)).text });
  }
  return cases;
}

/**
 * A feed parsed into items: `parseFeed` beside rss-parser (xml2js underneath), the JavaScript
 * feed parser most used, on the same text in the same process. The ratio is ours over theirs.
 */
export async function feedParse(): Promise<void> {
  const rssParser = new Parser();
  const rows: string[][] = [];
  for (const { name, text } of feedCases()) {
    const items = parseFeed(text, { url: "https://news.example/feed" }).items.length;
    const theirs = (await rssParser.parseString(text)).items.length;
    if (items !== theirs) throw new Error(`${name}: ${items} items, rss-parser finds ${theirs}`);
    const bytes = Buffer.byteLength(text);
    const rounds: { ours: number; theirs: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const [ours, other] = await measure(
        [
          {
            name: "parseFeed",
            bytes,
            run: () => parseFeed(text, { url: "https://news.example/" }),
          },
          { name: "rss-parser", bytes, run: () => rssParser.parseString(text) },
        ],
        300,
      );
      if (ours === undefined || other === undefined) throw new Error(`${name}: not measured`);
      rounds.push({ ours: ours.msPerRun, theirs: other.msPerRun });
    }
    const median = (values: number[]) =>
      values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    rows.push([
      name,
      `${formatNumber(bytes / 1e3)} KB`,
      formatNumber(median(rounds.map((round) => round.ours))),
      formatNumber(median(rounds.map((round) => round.theirs))),
      `${median(rounds.map((round) => round.ours / round.theirs)).toFixed(2)}×`,
    ]);
  }
  printTable(
    "Feed parsing: parseFeed beside rss-parser 3.13 (median of 5 rounds of mean ms per parse)",
    ["feed", "size", "parseFeed ms", "rss-parser ms", "parseFeed / rss-parser"],
    rows,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await feedParse();
}
