import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectOneLineError, filesIn, run, tempDir, writeFiles } from "../test-binary.js";

/** An RSS 2.0 feed of the given items (each an `<item>`'s inner XML). */
function rss(items: string[], head = ""): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour Weekly</title><link>https://harbour.example/</link>${head}
${items.map((item) => `<item>${item}</item>`).join("\n")}
</channel></rss>`;
}

const LEAD = "The ferry resumed its night crossings on Monday after a winter in dry dock.";

const GOOD_ITEMS = [
  `<title>Night ferry returns</title><link>https://harbour.example/ferry</link>
   <guid>https://harbour.example/ferry</guid><pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate>
   <author>desk@harbour.example (Ada Park)</author><category>City</category><category>Transport</category>
   <description><![CDATA[<p>${LEAD}</p><p>Boats leave every <em>forty</em> minutes, <a href="/timetable">the timetable</a> says.</p>]]></description>`,
  `<title>Allotments share a well</title><link>https://harbour.example/well</link>
   <description>&lt;p&gt;Forty plots now draw from one well.&lt;/p&gt;</description>`,
];

/** A character that must never reach a terminal or a file: C0 and C1 controls but \t and \n, bidi controls. */
function hasControl(text: string): boolean {
  return [...text].some((character) => {
    const code = character.codePointAt(0) ?? 0;
    return (
      (code < 0x20 && code !== 0x09 && code !== 0x0a) ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069)
    );
  });
}

function bodyOf(markdown: string): string {
  return markdown.slice(markdown.indexOf("\n---\n", 4) + 5);
}

async function mdFiles(dir: string): Promise<string[]> {
  return (await filesIn(dir)).filter((name) => name.endsWith(".md"));
}

describe("broadsheet import of a feed", () => {
  it("writes one article per item with the item's metadata, and the folder validates", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "harbour.xml": rss(GOOD_ITEMS) });
    const result = await run(["import", "harbour.xml", "--out", "."], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe("wrote night-ferry-returns.md\nwrote allotments-share-a-well.md\n");
    expect(await mdFiles(dir)).toEqual(["allotments-share-a-well.md", "night-ferry-returns.md"]);
    const ferry = await readFile(join(dir, "night-ferry-returns.md"), "utf8");
    expect(ferry).toMatch(/^headline: Night ferry returns$/m);
    expect(ferry).toMatch(/^datePublished: "2026-03-02T08:00:00\.000Z"$/m);
    expect(ferry).toMatch(/^articleSection: City$/m);
    expect(ferry).toMatch(/^keywords:\n {2}- City\n {2}- Transport$/m);
    expect(ferry).toMatch(/^url: https:\/\/harbour\.example\/ferry$/m);
    expect(ferry).toMatch(
      /^isBasedOn:\n {2}format: html\n {2}url: https:\/\/harbour\.example\/ferry\n/m,
    );
    expect(ferry).toMatch(/^ {2}importer: broadsheet-html\/1, item 1 of the feed harbour\.xml$/m);
    expect(bodyOf(ferry)).toContain(LEAD);
    expect(bodyOf(ferry)).toContain("every *forty* minutes");
    expect(bodyOf(ferry)).toContain("(https://harbour.example/timetable)");
    const well = await readFile(join(dir, "allotments-share-a-well.md"), "utf8");
    expect(bodyOf(well).trim()).toBe("Forty plots now draw from one well.");
    expect(result.stderr).toMatch(
      /^warning: harbour\.xml: item 2 \("Allotments share a well"\): feed-summary-only: /m,
    );
    const validated = await run(["validate", "."], { cwd: dir });
    expect(validated.stderr).toBe("");
    expect(validated.code).toBe(0);
  });

  it("knows a feed by its content: a JSON Feed as .json, an Atom feed with no known extension", async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      "items.json": JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        title: "J",
        items: [{ id: "1", title: "From JSON", content_html: `<p>${LEAD}</p>` }],
      }),
      download: `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
        <entry><id>urn:a:1</id><title>From Atom</title><updated>2026-03-01T00:00:00Z</updated>
        <content type="html">&lt;p&gt;${LEAD}&lt;/p&gt;</content></entry></feed>`,
    });
    for (const [file, slug] of [
      ["items.json", "from-json"],
      ["download", "from-atom"],
    ]) {
      const result = await run(["import", file as string], { cwd: dir });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toBe(`wrote ${slug}.md\n`);
      expect(bodyOf(await readFile(join(dir, `${slug}.md`), "utf8")).trim()).toBe(LEAD);
    }
  });

  it("gives items that share a slug slug-2, slug-3, and the same files on a second import", async () => {
    const dir = await tempDir();
    const same = (n: number) =>
      `<title>Tide tables</title><guid>urn:tide:${n}</guid><description>Tide ${n}.</description>`;
    await writeFiles(dir, { "tides.rss": rss([same(1), same(2), same(3)]) });
    const first = await run(["import", "tides.rss"], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe(
      "wrote tide-tables.md\nwrote tide-tables-2.md\nwrote tide-tables-3.md\n",
    );
    expect(await readFile(join(dir, "tide-tables-3.md"), "utf8")).toContain("Tide 3.");
    const validated = await run(["validate", "."], { cwd: dir });
    expect(validated.code, validated.stderr).toBe(0);
    const again = await run(["import", "tides.rss"], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout.split("\n").filter(Boolean)).toEqual(
      ["tide-tables", "tide-tables-2", "tide-tables-3"].map(
        (slug) => `unchanged ${slug}.md (it holds this text already)`,
      ),
    );
  });

  it("never replaces a file with other text without --force: that item is one line, the others are written", async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      "harbour.xml": rss(GOOD_ITEMS),
      "night-ferry-returns.md": "edited by hand\n",
    });
    const result = await run(["import", "harbour.xml"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("wrote allotments-share-a-well.md\n");
    const errors = result.stderr.split("\n").filter((line) => line.startsWith("broadsheet: "));
    expect(errors).toEqual([
      'broadsheet: harbour.xml: item 1 ("Night ferry returns"): night-ferry-returns.md: already exists with other text; pass --force to replace it, or choose another --out',
      "broadsheet: harbour.xml: 1 of 2 item(s) not imported (each is named above); the others were written",
    ]);
    expect(await readFile(join(dir, "night-ferry-returns.md"), "utf8")).toBe("edited by hand\n");
    const forced = await run(["import", "harbour.xml", "--force"], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(await readFile(join(dir, "night-ferry-returns.md"), "utf8")).toContain(LEAD);
  });

  it("names a bad item by number and title, and writes the good ones", async () => {
    const dir = await tempDir();
    const deep = `<title>Too deep</title><description>${"&lt;div&gt;".repeat(2000)}x</description>`;
    await writeFiles(dir, {
      "mixed.rss": rss([GOOD_ITEMS[0] as string, deep, GOOD_ITEMS[1] as string]),
    });
    const result = await run(["import", "mixed.rss"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).toMatch(
      /^broadsheet: mixed\.rss: item 2 \("Too deep"\): the HTML nests elements more than \d+ deep/m,
    );
    expect(result.stderr).toMatch(/^broadsheet: mixed\.rss: 1 of 3 item\(s\) not imported/m);
    expect(await mdFiles(dir)).toEqual(["allotments-share-a-well.md", "night-ferry-returns.md"]);
  });

  it("counts an entry the feed reader skipped as not imported, with its warning", async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      "feed.json": JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        title: "J",
        items: [{ id: "1", title: "Kept", content_text: "Kept text." }, "not an item"],
      }),
    });
    const result = await run(["import", "feed.json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("wrote kept.md\n");
    expect(result.stderr).toMatch(
      /^warning: feed\.json: item 2 could not be read \(it is not a JSON object\): skipped$/m,
    );
    expect(result.stderr).toMatch(/^broadsheet: feed\.json: 1 of 2 item\(s\) not imported/m);
  });

  it("resolves relative links against --url and names the feed's address in isBasedOn", async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      "feed.xml": rss([
        `<title>Relative</title><description>&lt;p&gt;See &lt;a href="/more"&gt;more&lt;/a&gt;.&lt;/p&gt;</description>`,
      ]),
    });
    const result = await run(
      ["import", "feed.xml", "--url", "https://harbour.example/feeds/all.xml"],
      { cwd: dir },
    );
    expect(result.code, result.stderr).toBe(0);
    const markdown = await readFile(join(dir, "relative.md"), "utf8");
    expect(bodyOf(markdown)).toContain("[more](https://harbour.example/more)");
    expect(markdown).toMatch(/^ {2}url: https:\/\/harbour\.example\/feeds\/all\.xml$/m);
    expect(markdown).toMatch(/importer: broadsheet-html\/1, item 1 of the feed https:\/\/harbour/);
  });

  it("reads a feed over an article's 5 MB (up to the feed reader's 16 MiB), and refuses a 20 MB one in one line", async () => {
    const dir = await tempDir();
    const padding = `<!-- ${"padding ".repeat(800_000)} -->`;
    await writeFiles(dir, {
      "big.rss": rss([GOOD_ITEMS[1] as string], padding),
      "huge.rss": rss([GOOD_ITEMS[1] as string], padding.repeat(4)),
    });
    const big = await run(["import", "big.rss"], { cwd: dir });
    expect(big.code, big.stderr).toBe(0);
    expect(big.stdout).toBe("wrote allotments-share-a-well.md\n");
    const huge = await run(["import", "huge.rss", "--out", "."], { cwd: dir });
    expectOneLineError(huge, 1, /^broadsheet: huge\.rss: is 2\d\.\d MB, over the 5 MB limit/);
    expect(await mdFiles(dir)).toEqual(["allotments-share-a-well.md"]);
  });

  it.each([
    [
      "--stdout",
      "feed.xml",
      ["--stdout"],
      2,
      /^broadsheet: feed\.xml: is a feed, imported as one file per item; give a folder with --out/,
    ],
    [
      "an XML file that is not a feed",
      "books.xml",
      [],
      1,
      /^broadsheet: books\.xml: the document's root element is <catalog>, not <feed> \(Atom\), <rss> or <rdf:RDF>: not a feed/,
    ],
    [
      "an HTML page saved as .rss",
      "moved.rss",
      [],
      2,
      /^broadsheet: moved\.rss: is an HTML page, not a feed .* save it with an \.html name$/,
    ],
    [
      "a feed with no items",
      "empty.rss",
      [],
      1,
      /^broadsheet: empty\.rss: the feed has no items: nothing to import$/,
    ],
  ])("fails on %s with one line and writes nothing", async (_case, file, extra, code, message) => {
    const dir = await tempDir();
    await writeFiles(dir, {
      "feed.xml": rss(GOOD_ITEMS),
      "books.xml": '<?xml version="1.0"?><catalog><book>Sea charts</book></catalog>',
      "moved.rss": "<head><title>Moved</title></head><body>Gone</body>",
      "empty.rss": rss([]),
    });
    const before = await filesIn(dir);
    expectOneLineError(await run(["import", file, ...extra], { cwd: dir }), code, message);
    expect(await filesIn(dir)).toEqual(before);
  });
});

describe("broadsheet import of hostile feeds", () => {
  it("script injection and javascript: links: no script, handler or unsafe link reaches the Markdown", async () => {
    const dir = await tempDir();
    const html = `<p onclick="alert(1)">${LEAD}</p><script>alert(2)</script>
      <p><a href="javascript:alert(3)">click</a> <a href=" JaVaScRiPt:alert(4)">again</a>
      <img src="javascript:alert(5)" alt="x"><iframe src="javascript:alert(6)"></iframe></p>
      <style>body{background:url(javascript:alert(7))}</style>`;
    await writeFiles(dir, {
      "inject.rss": rss([
        `<title>&lt;script&gt;alert(8)&lt;/script&gt;Safe title</title>
         <link>javascript:alert(9)</link><description><![CDATA[${html}]]></description>`,
      ]),
    });
    const result = await run(["import", "inject.rss"], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const [name] = await mdFiles(dir);
    const markdown = await readFile(join(dir, name as string), "utf8");
    expect(markdown).toMatch(/^headline: Safe title$/m);
    expect(bodyOf(markdown)).toContain(LEAD);
    expect(bodyOf(markdown)).not.toMatch(/javascript|alert|script|onclick|style/i);
    expect(markdown).not.toMatch(/alert|onclick/);
    expect(result.stderr).toMatch(/^warning: inject\.rss: item 1 \("Safe title"\): .*script: /m);
    expect(result.stderr).toMatch(/unsafe-url: Dropped a javascript: URL/);
  });

  it("escape bytes and bidi controls never reach the file or the terminal", async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      "escapes.rss": rss([
        `<title>Red\x1b[31m alert\x07 \u202egnp.exe</title><author>x\x1b]0;owned\x07</author>
         <description>&lt;p&gt;${LEAD}\x1b[2J\x1b]8;;https://evil.example\x07link&lt;/p&gt;</description>`,
      ]),
    });
    const result = await run(["import", "escapes.rss"], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    for (const text of [result.stdout, result.stderr]) {
      expect(hasControl(text), text).toBe(false);
    }
    const [name] = await mdFiles(dir);
    const markdown = await readFile(join(dir, name as string), "utf8");
    expect(hasControl(markdown), markdown).toBe(false);
    expect(markdown).toContain(LEAD);
    const validated = await run(["validate", "."], { cwd: dir });
    expect(validated.code, validated.stderr).toBe(0);
  });

  it("an entity bomb is never expanded: it fails in one line or imports small", async () => {
    const dir = await tempDir();
    const entities = Array.from(
      { length: 9 },
      (_, n) => `<!ENTITY lol${n + 1} "${`&lol${n};`.repeat(10)}">`,
    ).join("\n");
    await writeFiles(dir, {
      "bomb.xml": `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY lol0 "lol">
${entities}]>
<rss version="2.0"><channel><title>Bomb &lol9;</title>
<item><title>Boom &lol9;</title><description>&lol9; ${LEAD}</description></item></channel></rss>`,
    });
    const result = await run(["import", "bomb.xml"], { cwd: dir });
    expect(result.stderr).not.toMatch(/^\s+at /m);
    if (result.code === 0) {
      const [name] = await mdFiles(dir);
      const markdown = await readFile(join(dir, name as string), "utf8");
      expect(markdown.length).toBeLessThan(10_000);
      expect(markdown).not.toContain("lollol");
      expect(markdown).toContain(LEAD);
    } else {
      expect(result.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    }
  });

  it("a wrong charset: Latin-1 bytes declared as UTF-8 read as Latin-1, with a warning", async () => {
    const dir = await tempDir();
    const feed = rss([
      `<title>S\xe3o Paulo reopens its \x93market\x94</title><description>&lt;p&gt;The market in S\xe3o Paulo reopened.&lt;/p&gt;</description>`,
    ]);
    await writeFiles(dir, { "latin.rss": Buffer.from(feed, "latin1") });
    const result = await run(["import", "latin.rss"], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe("wrote sao-paulo-reopens-its-market.md\n");
    const markdown = await readFile(join(dir, "sao-paulo-reopens-its-market.md"), "utf8");
    expect(markdown).toMatch(/^headline: São Paulo reopens its “market”$/m);
    expect(bodyOf(markdown)).toContain("The market in São Paulo reopened.");
    expect(markdown).not.toContain("\ufffd");
    expect(result.stderr).toMatch(
      /^warning: latin\.rss: the declaration says utf-8, but the bytes are not UTF-8/m,
    );
  });

  it("malformed XML: the items that can be read are imported with their text, or one line", async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      "broken.rss": `<rss version="2.0"><channel><title>Broken</title>
        <item><title>Kept &amp; whole</title><description>${LEAD}</description></item>
        <item><title>Cut off</title><description>&lt;p&gt;Half a sen`,
      "garbage.xml": "<<<>>> &&& </nothing>",
    });
    const broken = await run(["import", "broken.rss"], { cwd: dir });
    expect(broken.stderr).not.toMatch(/^\s+at /m);
    expect(broken.code, broken.stderr).toBe(0);
    expect(bodyOf(await readFile(join(dir, "kept-and-whole.md"), "utf8")).trim()).toBe(LEAD);
    const garbage = await run(["import", "garbage.xml"], { cwd: dir });
    expectOneLineError(garbage, 1, /^broadsheet: garbage\.xml: .*not a feed/);
  });
});
