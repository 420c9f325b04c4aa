import { readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { broadsheetDir, defaultFollowFile } from "../files/paths.js";
import { RemoteError } from "../remote-error.js";
import { follow, followAll, listFollowed, unfollow } from "./follow-list.js";
import { importOpml } from "./import-opml.js";
import { readOpml } from "./read-opml.js";
import { writeOpml } from "./write-opml.js";

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "broadsheet-follow-"));
  file = join(dir, "config", "broadsheet", "following.json");
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the follow list", () => {
  it("is empty before anything is followed, and no file is made by reading it", async () => {
    expect(await listFollowed({ file })).toEqual([]);
    await expect(readdir(dir)).resolves.toEqual([]);
  });

  it("keeps what is followed, in order, with titles, across reads", async () => {
    const first = await follow("https://lwn.net/headlines/rss", "LWN.net", { file });
    expect(first.added).toBe(true);
    await follow("https://Example.COM/feed.xml#latest", undefined, { file });
    const list = await listFollowed({ file });
    expect(list.map((source) => [source.url, source.title])).toEqual([
      ["https://lwn.net/headlines/rss", "LWN.net"],
      ["https://example.com/feed.xml", undefined],
    ]);
    expect(list[0]?.addedAt).toBeInstanceOf(Date);
  });

  it("following an address again changes only its title", async () => {
    await follow("https://lwn.net/headlines/rss", "LWN", { file });
    const again = await follow("https://lwn.net/headlines/rss", "LWN.net", { file });
    expect(again.added).toBe(false);
    expect((await listFollowed({ file })).map((source) => source.title)).toEqual(["LWN.net"]);
  });

  it("cleans a title to one line", async () => {
    await follow("https://x.example.com/", "  Two\nlines\u001b[31m and\u202e bidi  ", { file });
    expect((await listFollowed({ file }))[0]?.title).toBe("Two lines [31m and bidi");
  });

  it("unfollows by the same address, however it is written", async () => {
    await follow("https://lwn.net/headlines/rss", "LWN.net", { file });
    await follow("https://example.com/feed.xml", undefined, { file });
    expect(await unfollow("https://LWN.net/headlines/rss#x", { file })).toBe(true);
    expect(await unfollow("https://lwn.net/headlines/rss", { file })).toBe(false);
    expect((await listFollowed({ file })).map((source) => source.url)).toEqual([
      "https://example.com/feed.xml",
    ]);
  });

  it.each([
    ["javascript:alert(1)", "a javascript: address cannot be followed"],
    ["file:///etc/passwd", "a file: address cannot be followed"],
    ["lwn.net", "not a web address cannot be followed"],
    ["https://me:pw@example.com/", "an address with a user name or password cannot be followed"],
  ])("refuses %s with one line, the list unchanged", async (address, message) => {
    await follow("https://lwn.net/headlines/rss", undefined, { file });
    const before = await readFile(file, "utf8");
    await expect(follow(address, "x", { file })).rejects.toThrow(message);
    await expect(follow(address, "x", { file })).rejects.toBeInstanceOf(RemoteError);
    expect(await readFile(file, "utf8")).toBe(before);
  });

  it("keeps every change made at once, and leaves no temporary file beside the list", async () => {
    await Promise.all([
      follow("https://a.example.com/", undefined, { file }),
      follow("https://b.example.com/", undefined, { file }),
      followAll([{ url: "https://c.example.com/" }, { url: "https://d.example.com/" }], { file }),
      unfollow("https://a.example.com/", { file }),
    ]);
    expect((await listFollowed({ file })).map((source) => source.url)).toEqual([
      "https://b.example.com/",
      "https://c.example.com/",
      "https://d.example.com/",
    ]);
    const names = await readdir(join(dir, "config", "broadsheet"));
    expect(names).toEqual(["following.json"]);
    expect(JSON.parse(await readFile(file, "utf8")).version).toBe(1);
  });

  it.each([
    ["{ not json", /following\.json: the follow list is damaged \(it is not JSON at line 1\)/],
    ['{"version": 1, "following": [{"title": "x"}]}', /entry 1 of "following" has no "url"/],
    ['{"version": 2, "following": []}', /its "version" is 2, not 1/],
    ["[]", /it is not an object with "version" and "following"/],
    [
      '{"version": 1,\n "following": [\n {"url": "javascript:alert(1)", "addedAt": "2026-12-01T00:00:00Z"}]}',
      /entry 1 of "following" has a "url" that is not an http\(s\) address/,
    ],
    [
      '{"version": 1, "following": [{"url": "https://a.example/", "siteUrl": "javascript:x", "addedAt": "2026-12-01T00:00:00Z"}]}',
      /entry 1 of "following" has a "siteUrl" that is not an http\(s\) address/,
    ],
  ])(
    "a damaged file is an error naming it, and is never overwritten: %s",
    async (text, message) => {
      await follow("https://first.example.com/", undefined, { file });
      await writeFile(file, text);
      const error = await follow("https://lwn.net/headlines/rss", undefined, { file }).catch(
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(RemoteError);
      expect((error as RemoteError).kind).toBe("damaged-file");
      expect((error as RemoteError).message).toMatch(message);
      expect((error as RemoteError).message).toContain(file);
      expect((error as RemoteError).message).toContain("fix it or move it aside");
      expect((error as RemoteError).message).not.toContain("\n");
      await expect(listFollowed({ file })).rejects.toThrow(RemoteError);
      expect(await readFile(file, "utf8")).toBe(text);
    },
  );

  it("names the line of a JSON mistake where the parser gives its place", async () => {
    await follow("https://first.example.com/", undefined, { file });
    await writeFile(file, '{\n  "version": 1\n  "following": []\n}\n');
    await expect(listFollowed({ file })).rejects.toThrow(/not JSON at line 3\)/);
  });

  it("lives under $XDG_CONFIG_HOME/broadsheet, or ~/.config/broadsheet", () => {
    expect(broadsheetDir("XDG_CONFIG_HOME", { XDG_CONFIG_HOME: "/x/conf" })).toBe(
      "/x/conf/broadsheet",
    );
    expect(broadsheetDir("XDG_CONFIG_HOME", { XDG_CONFIG_HOME: "relative" })).toMatch(
      /\/\.config\/broadsheet$/,
    );
    expect(broadsheetDir("XDG_STATE_HOME", {})).toMatch(/\/\.local\/state\/broadsheet$/);
    expect(defaultFollowFile().endsWith("/broadsheet/following.json")).toBe(true);
  });
});

describe("OPML in and out of the follow list", () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`../../fixtures/opml/${name}`, import.meta.url));

  it("imports every feed once, merging with what is followed already", async () => {
    await follow("https://lwn.net/headlines/rss", undefined, { file });
    const result = await importOpml(fixture("folders.opml"), "folders.opml", { file });
    expect(result).toEqual({ added: 4, already: 1, warnings: ["1 feed(s) listed twice: merged"] });
    const list = await listFollowed({ file });
    expect(list).toHaveLength(5);
    expect(list[0]).toMatchObject({ url: "https://lwn.net/headlines/rss", title: "LWN.net" });
    const again = await importOpml(fixture("folders.opml"), "folders.opml", { file });
    expect(again).toMatchObject({ added: 0, already: 5 });
  });

  it("exports the list and reads it back the same", async () => {
    await importOpml(fixture("newsboat-export.opml"), "newsboat.opml", { file });
    const list = await listFollowed({ file });
    const back = readOpml(writeOpml(list)).feeds;
    expect(back.map((feed) => [feed.url, feed.siteUrl])).toEqual(
      list.map((source) => [source.url, source.siteUrl]),
    );
    expect(back.map((feed) => feed.title)).toEqual(
      list.map((source) => source.title ?? new URL(source.url).host),
    );
  });

  it("refuses the whole import when an address cannot be followed", async () => {
    await expect(
      followAll([{ url: "https://ok.example.com/" }, { url: "ftp://x/" }], { file }),
    ).rejects.toThrow(RemoteError);
    expect(await listFollowed({ file })).toEqual([]);
  });
});
