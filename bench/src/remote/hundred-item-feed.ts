import { feedStoryParagraphs } from "../feed-story-paragraphs.js";
/** Words of the newest item's headline, which the library's first screen shows at the top. */
export const NEWEST_HEADLINE = "Harbour lights return to the old quay";

const ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
];

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function headline(index: number): string {
  if (index === 0) return NEWEST_HEADLINE;
  return `Council report, ${ORDINALS[index % ORDINALS.length]} reading: night buses & late trains (${index})`;
}

/**
 * An RSS 2.0 feed of `count` items as a news site writes it (full content in content:encoded,
 * author, two categories), newest first an hour apart, its links under `origin`. The newest
 * item's headline is {@link NEWEST_HEADLINE}.
 */
export function hundredItemFeed(origin: string, count = 100): string {
  const newest = Date.UTC(2026, 2, 14, 12, 0, 0);
  const items = Array.from({ length: count }, (_, index) => {
    const link = `${origin}/news/story-${index}`;
    return `<item>
<title>${escapeXml(headline(index))}</title>
<link>${link}</link>
<guid isPermaLink="true">${link}</guid>
<pubDate>${new Date(newest - index * 3_600_000).toUTCString()}</pubDate>
<dc:creator>Ann Lee</dc:creator>
<category>Transit</category><category>City</category>
<description>The council voted seven to two to fund night buses.</description>
<content:encoded><![CDATA[${feedStoryParagraphs(index)}]]></content:encoded>
</item>`;
  }).join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Loopback Gazette</title><link>${origin}/</link><description>All stories</description>
${items}
</channel></rss>
`;
}
