import { rm } from "node:fs/promises";
import { type Article, bodyText } from "@broadsheet/article";
import { follow } from "@broadsheet/remote";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CliError } from "../cli-error.js";
import { captureIo } from "../test-io.js";
import { readFollowed } from "./read-followed.js";
import { printRemoteListing, readRemote } from "./read-remote.js";
import { followFileOf } from "./remote-files.js";
import { remoteLibrarySource } from "./remote-library-source.js";
import { tempXdgHome } from "./test-home.js";
import { MARKDOWN_LEAD, PAGE_SENTENCE, startTestSite, type TestSite } from "./test-site.js";
import { isWebAddress } from "./web-address.js";

let site: TestSite;
let home: string;
let env: Record<string, string>;

beforeEach(async () => {
  site = await startTestSite();
  ({ dir: home, env } = await tempXdgHome("broadsheet-read-remote-"));
});

afterEach(async () => {
  await site.close();
  await rm(home, { recursive: true, force: true });
});

function bodyOf(article: Article | undefined): string {
  return article ? bodyText(article) : "";
}

/** The note of a feed fetched from the test site: the host and the time it took. */
function fetchedNote(name: string, more = ""): RegExp {
  return new RegExp(`^${name}: 3 items · ${site.host.replace(/\./g, "\\.")} \\d+ ms${more}$`);
}

describe("readRemote", () => {
  it("tells a web address from a file or slug", () => {
    expect(
      ["https://x.example/", "HTTP://x.example", "ftp://x", "story.md", "http-notes"].map(
        isWebAddress,
      ),
    ).toEqual([true, true, false, false, false]);
  });

  it("gives a site's feed as a library, with when it was fetched, and a 304 the second time", async () => {
    const { io } = captureIo(env);
    const first = await readRemote(`${site.origin}/`, { io });
    expect(first.kind).toBe("library");
    if (first.kind !== "library") return;
    expect(first.source.source).toBe(`${site.origin}/feed.xml`);
    expect(first.source.notes).toEqual([expect.stringMatching(fetchedNote("Test Gazette"))]);
    expect(first.library.count("")).toBe(3);
    const again = await readRemote(`${site.origin}/`, { io });
    expect(again.kind === "library" && again.source.notes[0]).toMatch(
      fetchedNote("Test Gazette", " · cached, unchanged"),
    );
  });

  it("gives an article page as its article, noting where it was read from", async () => {
    const { io } = captureIo(env);
    const read = await readRemote(`${site.origin}/articles/ferry`, { io });
    expect(read.kind).toBe("article");
    if (read.kind !== "article") return;
    expect(read.source.article.headline).toBe("Night ferry returns");
    expect(read.notes).toEqual([
      `read from the Markdown alternate (${site.origin}/articles/ferry.md)`,
    ]);
    const page = await readRemote(`${site.origin}/articles/library`, { io });
    expect(page.kind === "article" && page.notes).toEqual([
      `read from the page's main text (${site.origin}/articles/library)`,
      `not from the Markdown alternate: ${site.host}: the page announces none`,
    ]);
  });

  it("fails with a one-line CLI error, and reads offline what was read before the server closed", async () => {
    const { io } = captureIo(env);
    const missing = readRemote(`${site.origin}/gone`, { io });
    await expect(missing).rejects.toBeInstanceOf(CliError);
    await expect(missing).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringMatching(new RegExp(`^${site.host}: .*404`)),
    });
    await readRemote(`${site.origin}/`, { io });
    await site.close();
    const offline = await readRemote(`${site.origin}/`, { io, offline: true });
    expect(offline.kind === "library" && offline.source.notes[0]).toBe(
      "Test Gazette: 3 items · offline copy from just now",
    );
  });

  it("reads an article page once opened again with --offline after the server is gone", async () => {
    const { io } = captureIo(env);
    const online = await readRemote(`${site.origin}/articles/ferry`, { io });
    const page = await readRemote(`${site.origin}/articles/library`, { io });
    await site.close();
    const offline = await readRemote(`${site.origin}/articles/ferry`, { io, offline: true });
    expect(offline.kind === "article" && offline.source.article).toEqual(
      online.kind === "article" && online.source.article,
    );
    expect(offline.kind === "article" && offline.source.article.body.length).toBeGreaterThan(1);
    const pageOffline = await readRemote(`${site.origin}/articles/library`, {
      io,
      offline: true,
    });
    expect(pageOffline.kind === "article" && bodyOf(pageOffline.source.article)).toBe(
      page.kind === "article" && bodyOf(page.source.article),
    );
    expect(
      bodyOf(pageOffline.kind === "article" ? pageOffline.source.article : undefined),
    ).toContain(PAGE_SENTENCE);
  });

  it("opens an item of a feed read before, offline, with the server gone, and it stays read", async () => {
    const { io } = captureIo(env);
    const online = await readRemote(`${site.origin}/`, { io });
    if (online.kind !== "library") throw new Error("expected a library");
    const ferry = online.library.page("ferry", 0, 1)[0];
    if (!ferry) throw new Error("expected the ferry");
    const first = await online.library.open(ferry);
    await site.close();
    const offline = await readRemote(`${site.origin}/`, { io, offline: true });
    if (offline.kind !== "library") throw new Error("expected a library");
    const again = offline.library.page("ferry", 0, 1)[0];
    expect(again?.unread).toBe(false);
    expect(offline.library.unreadCount?.()).toBe(2);
    if (!again) throw new Error("expected the ferry offline");
    const reopened = await offline.library.open(again);
    expect(reopened.ok && bodyOf(reopened.article)).toContain(MARKDOWN_LEAD);
    expect(reopened).toEqual(first);
  });

  it("prints the items as a list, the unread starred, and an opened item no longer", async () => {
    const captured = captureIo(env);
    const read = await readRemote(`${site.origin}/`, { io: captured.io });
    if (read.kind !== "library") throw new Error("expected a library");
    const ferry = read.library.page("ferry", 0, 1)[0];
    if (!ferry) throw new Error("expected the ferry");
    expect((await read.library.open(ferry)).ok).toBe(true);
    printRemoteListing(read.library, captured.io);
    expect(captured.out).toBe(
      [
        `* 2026-03-03  Gardens  Allotments share a well  ${site.origin}/articles/well`,
        `  2026-03-02  City  Night ferry returns  ${site.origin}/articles/ferry`,
        `* 2026-03-01  Test Gazette  Reading room reopens  ${site.origin}/articles/library`,
        "",
      ].join("\n"),
    );
    const later = await readRemote(`${site.origin}/`, { io: captured.io });
    expect(later.kind === "library" && later.library.unread(ferry.key)).toBe(false);
  });
});

describe("printRemoteListing", () => {
  it("shows what a terminal would act on in a feed's text as visible escapes", () => {
    const captured = captureIo(env);
    const library = remoteLibrarySource([
      {
        id: "x",
        url: "https://evil.example/x",
        title: "Title\u001b]2;owned\u0007 \u202eevil",
        published: "2026-01-01T00:00:00Z",
        updated: undefined,
        author: undefined,
        categories: ["Sec\u001b[31mtion"],
        summaryHtml: undefined,
        contentHtml: undefined,
        contentBase: undefined,
      },
    ]);
    printRemoteListing(library, captured.io);
    expect(captured.out).toBe(
      "* 2026-01-01  Sec\\x1b[31mtion  Title\\x1b]2;owned\\x07 \\u202eevil  https://evil.example/x\n",
    );
  });
});

describe("readFollowed", () => {
  it("lists every followed feed's items by publication, a feed that fails a note beside the others", async () => {
    const { io } = captureIo(env);
    const file = followFileOf(env);
    await follow(`${site.origin}/feed.xml`, "Gazette", { file });
    await follow(`${site.origin}/gone.xml`, "Gone Weekly", { file });
    const read = await readFollowed({ io });
    expect(read.library.page("", 0, 10).map((entry) => [entry.headline, entry.section])).toEqual([
      ["Allotments share a well", "Gazette"],
      ["Night ferry returns", "Gazette"],
      ["Reading room reopens", "Gazette"],
    ]);
    expect(read.source.notes).toEqual([
      expect.stringMatching(fetchedNote("Gazette")),
      expect.stringMatching(new RegExp(`^Gone Weekly: ${site.host}: .*404`)),
    ]);
  });

  // "/" leads to /feed.xml, also followed: whichever of the two reads it second may find it just
  // cached (a 304), depending on which finishes first.
  it("sums up many feeds in one note, the slowest named, and says on the terminal how many are read", async () => {
    const { io } = captureIo(env);
    const file = followFileOf(env);
    for (const path of ["/", "/feed.xml", "/feed.xml?copy", "/gone.xml"]) {
      await follow(`${site.origin}${path}`, undefined, { file });
    }
    const said: string[] = [];
    const progress = { update: (text: string) => said.push(text), stop() {} };
    const read = await readFollowed({ io, progress });
    expect(read.source.notes).toEqual([
      expect.stringMatching(
        new RegExp(
          `^3 feeds, 9 items in \\d+ ms · slowest ${site.host.replace(/\./g, "\\.")} \\d+ ms( · 1 cached)?$`,
        ),
      ),
      expect.stringMatching(new RegExp(`^${site.host}: [^:]*404`)),
    ]);
    expect(said[0]).toBe("fetching 4 feeds");
    expect(said.slice(1).map((text) => text.replace(/ · \d+ items$/, ""))).toEqual([
      "read 1 of 4 feeds",
      "read 2 of 4 feeds",
      "read 3 of 4 feeds",
      "read 4 of 4 feeds",
    ]);
    expect(said.at(-1)).toBe("read 4 of 4 feeds · 9 items");
    expect(read.library.count("")).toBe(3);
    expect(read.library.unreadCount?.()).toBe(3);
    const offline = await readFollowed({ io, offline: true });
    expect(offline.source.notes[0]).toBe(
      "3 feeds, 9 items · offline copies, the oldest from just now",
    );
  });

  it("says when nothing is followed", async () => {
    const { io } = captureIo(env);
    await expect(readFollowed({ io })).rejects.toMatchObject({
      exitCode: 2,
      message:
        "following nothing yet, and no content folder here; broadsheet follow <url> follows a site or feed",
    });
  });
});
