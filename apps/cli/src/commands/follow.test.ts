import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { readOpml } from "@broadsheet/remote";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempXdgHome } from "../remote/test-home.js";
import { startTestSite, type TestSite } from "../remote/test-site.js";
import { runCli } from "../run-cli.js";
import { run } from "../test-binary.js";
import { captureIo } from "../test-io.js";

let site: TestSite;
let home: string;
let env: Record<string, string>;

beforeEach(async () => {
  site = await startTestSite();
  ({ dir: home, env } = await tempXdgHome("broadsheet-follow-"));
});

afterEach(async () => {
  await site.close();
  await rm(home, { recursive: true, force: true });
});

async function broadsheet(...args: string[]) {
  const captured = captureIo(env);
  const code = await runCli(args, captured.io);
  return { code, out: captured.out, err: captured.err };
}

const FOLLOW_FILE = () => join(env.XDG_CONFIG_HOME as string, "broadsheet", "following.json");

describe("broadsheet follow", () => {
  it("follows the feed a site announces, under the feed's title, in the XDG config folder", async () => {
    const result = await broadsheet("follow", `${site.origin}/`);
    expect(result).toEqual({
      code: 0,
      out: `following Test Gazette (${site.origin}/feed.xml)\n`,
      err: "",
    });
    const stored = JSON.parse(await readFile(FOLLOW_FILE(), "utf8"));
    expect(stored.following.map((entry: { url: string }) => entry.url)).toEqual([
      `${site.origin}/feed.xml`,
    ]);
    expect(await broadsheet("follow", `${site.origin}/feed.xml`)).toMatchObject({
      code: 0,
      out: `already following Test Gazette (${site.origin}/feed.xml)\n`,
    });
  });

  it("follows the feed an article page announces, and refuses a page with none in one line", async () => {
    expect((await broadsheet("follow", `${site.origin}/articles/ferry`)).out).toBe(
      `following Test Gazette (${site.origin}/feed.xml)\n`,
    );
    expect(await broadsheet("follow", `${site.origin}/articles/library`)).toEqual({
      code: 1,
      out: "",
      err: `broadsheet: ${site.host}: this page announces no feed to follow; give the feed's address, or follow the page as it is with --no-fetch\n`,
    });
    expect(
      await broadsheet(
        "follow",
        "--no-fetch",
        "--title",
        "Library",
        `${site.origin}/articles/library`,
      ),
    ).toMatchObject({
      code: 0,
      out: `following Library (${site.origin}/articles/library)\n`,
    });
  });

  it("fails in one line for an address that cannot be read or is not http(s)", async () => {
    const missing = await broadsheet("follow", `${site.origin}/gone`);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(new RegExp(`^broadsheet: ${site.host}: .*404[^\\n]*\\n$`));
    const scheme = await broadsheet("follow", "--no-fetch", "javascript:alert(1)");
    expect(scheme.code).toBe(2);
    expect(scheme.err).toMatch(
      /^broadsheet: [^\n]*cannot be followed: give an http:\/\/ or https:\/\/[^\n]*\n$/,
    );
    const offline = await broadsheet("follow", "--offline", `${site.origin}/`);
    expect(offline.code).toBe(1);
    expect(offline.err).toMatch(new RegExp(`^broadsheet: ${site.host}: not in the offline cache`));
  });

  it("follows from the cache with --offline once the site was read, after the server is closed", async () => {
    await broadsheet("follow", `${site.origin}/`);
    await broadsheet("unfollow", `${site.origin}/feed.xml`);
    await site.close();
    expect(await broadsheet("follow", "--offline", `${site.origin}/`)).toMatchObject({
      code: 0,
      out: `following Test Gazette (${site.origin}/feed.xml)\n`,
    });
  });

  it("lists, unfollows and says when an address was not followed", async () => {
    await broadsheet("follow", `${site.origin}/`);
    await broadsheet(
      "follow",
      "--no-fetch",
      "--title",
      "Evil\u001b]2;x\u0007 Times",
      "https://evil.example/feed",
    );
    const listed = await broadsheet("following");
    expect(listed.out).toBe(
      `Test Gazette  ${site.origin}/feed.xml\nEvil ]2;x Times  https://evil.example/feed\n`,
    );
    expect(await broadsheet("unfollow", "https://evil.example/feed")).toEqual({
      code: 0,
      out: "no longer following https://evil.example/feed\n",
      err: "",
    });
    expect(await broadsheet("unfollow", "https://evil.example/feed")).toEqual({
      code: 2,
      out: "",
      err: "broadsheet: https://evil.example/feed: not followed; 'broadsheet following' lists the addresses followed\n",
    });
    expect((await broadsheet("following")).out).toBe(`Test Gazette  ${site.origin}/feed.xml\n`);
  });

  it("says when nothing is followed yet", async () => {
    expect(await broadsheet("following")).toEqual({
      code: 0,
      out: "",
      err: "broadsheet: following nothing yet; broadsheet follow <url> follows a site or feed\n",
    });
  });

  it("imports an OPML file and exports the list as OPML that reads back", async () => {
    const opml = join(home, "subs.opml");
    await writeFile(
      opml,
      `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
<outline text="Tech"><outline text="One" type="rss" xmlUrl="https://one.example/feed" htmlUrl="https://one.example/"/>
<outline text="Bad" type="rss" xmlUrl="javascript:alert(1)"/></outline>
<outline text="Two" title="Two Times" type="rss" xmlUrl="https://two.example/rss"/></body></opml>`,
    );
    const imported = await broadsheet("follow", "--import", opml);
    expect(imported.code).toBe(0);
    expect(imported.out).toBe(`followed 2 new sources from ${opml}\n`);
    expect(imported.err).toMatch(new RegExp(`^broadsheet: ${opml}: .*javascript[^\\n]*\\n$`));
    expect((await broadsheet("follow", "--import", opml)).out).toBe(
      `followed 0 new sources from ${opml} (2 already followed)\n`,
    );
    const exported = await broadsheet("follow", "--export");
    expect(exported.code).toBe(0);
    const back = readOpml(exported.out, "export.opml");
    expect(back.feeds).toEqual([
      { url: "https://one.example/feed", title: "One", siteUrl: "https://one.example/" },
      { url: "https://two.example/rss", title: "Two Times" },
    ]);
  });

  it("refuses a missing OPML file, a damaged follow list and a confused command line in one line", async () => {
    expect(await broadsheet("follow", "--import", join(home, "none.opml"))).toEqual({
      code: 2,
      out: "",
      err: `broadsheet: ${join(home, "none.opml")}: no such file; give the OPML file your feed reader exported\n`,
    });
    expect((await broadsheet("follow")).code).toBe(2);
    expect((await broadsheet("follow", "--export", "https://x.example/")).err).toBe(
      "broadsheet: give one of: an address to follow, --import FILE or --export; see 'broadsheet follow --help'\n",
    );
    await mkdir(join(env.XDG_CONFIG_HOME as string, "broadsheet"), { recursive: true });
    await writeFile(FOLLOW_FILE(), "{ not json");
    const damaged = await broadsheet("following");
    expect(damaged.code).toBe(1);
    expect(damaged.err).toMatch(/^broadsheet: [^\n]*following\.json[^\n]*\n$/);
    expect(await readFile(FOLLOW_FILE(), "utf8")).toBe("{ not json");
  });
});

describe("the built command", () => {
  it("shows follow's help, and lists follow, unfollow and following among the commands", async () => {
    const help = await run(["follow", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: broadsheet follow \[options\] \[url\]\n/);
    expect(help.stdout).toContain("--import <file>");
    const commands = await run(["--help"]);
    expect(commands.stdout).toMatch(/\n {2}follow \[options\] \[url\] /);
    expect(commands.stdout).toMatch(/\n {2}unfollow <url> /);
    expect(commands.stdout).toMatch(/\n {2}following /);
  });
});
