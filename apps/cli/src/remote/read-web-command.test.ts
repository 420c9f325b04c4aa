import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run, tempDir } from "../test-binary.js";
import { MARKDOWN_LEAD, startTestSite, type TestSite } from "./test-site.js";

/** The built command reading the local test site, stdout and stderr piped (not a terminal). */

let site: TestSite;
let env: Record<string, string>;

beforeEach(async () => {
  site = await startTestSite();
  const home = await tempDir();
  env = {
    XDG_CONFIG_HOME: join(home, "config"),
    XDG_CACHE_HOME: join(home, "cache"),
    XDG_STATE_HOME: join(home, "state"),
  };
});

afterEach(() => site.close());

describe("broadsheet read <url>, piped", () => {
  it("lists a site's items, all unread, with the feed's fetch time on stderr and no spinner", async () => {
    const result = await run(["read", `${site.origin}/`], { env });
    expect(result.code).toBe(0);
    expect(
      result.stdout
        .split("\n")
        .filter(Boolean)
        .map((line) => line.slice(0, 2)),
    ).toEqual(["* ", "* ", "* "]);
    expect(result.stderr).toMatch(
      new RegExp(
        `^broadsheet: Test Gazette: 3 items · ${site.host.replace(/\./g, "\\.")} \\d+ ms\\n$`,
      ),
    );
    const again = await run(["read", `${site.origin}/feed.xml`], { env });
    expect(again.stderr).toMatch(/ \d+ ms · cached, unchanged\n$/);
  });

  it("reads an article again with --offline once the server is gone, the same text", async () => {
    const online = await run(["read", `${site.origin}/articles/ferry`], { env });
    expect(online.code).toBe(0);
    expect(online.stdout).toContain(MARKDOWN_LEAD);
    await site.close();
    const offline = await run(["read", "--offline", `${site.origin}/articles/ferry`], { env });
    expect(offline).toEqual({ ...online, code: 0 });
    const never = await run(["read", "--offline", `${site.origin}/articles/library`], { env });
    expect(never.code).toBe(1);
    expect(never.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  });
});
