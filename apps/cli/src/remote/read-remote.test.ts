import { rm } from "node:fs/promises";
import { follow } from "@broadsheet/remote";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CliError } from "../cli-error.js";
import { captureIo } from "../test-io.js";
import { readFollowed } from "./read-followed.js";
import { printRemoteListing, readRemote } from "./read-remote.js";
import { followFileOf } from "./remote-files.js";
import { remoteLibrarySource } from "./remote-library-source.js";
import { tempXdgHome } from "./test-home.js";
import { startTestSite, type TestSite } from "./test-site.js";
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

const FETCHED = /^Test Gazette: 3 items, fetched \d{4}-\d\d-\d\d \d\d:\d\d UTC$/;

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
    expect(first.source.notes).toEqual([expect.stringMatching(FETCHED)]);
    expect(first.library.count("")).toBe(3);
    const again = await readRemote(`${site.origin}/`, { io });
    expect(again.kind === "library" && again.source.notes[0]).toMatch(
      /^Test Gazette: 3 items, unchanged since /,
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
    expect(offline.kind === "library" && offline.source.notes[0]).toMatch(
      /^Test Gazette: 3 items, offline, from the copy fetched /,
    );
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
      expect.stringMatching(/^Gazette: 3 items, fetched /),
      expect.stringMatching(new RegExp(`^Gone Weekly: ${site.host}: .*404`)),
    ]);
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
