import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { TmuxSession, tmuxSessionsOfFile } from "@broadsheet/reader/testing";
import { follow } from "@broadsheet/remote";
import { afterEach, describe, expect, it } from "vitest";
import { followFileOf } from "../remote/remote-files.js";
import { startTestSite, type TestSite } from "../remote/test-site.js";
import { BIN, tempDir } from "../test-binary.js";

/**
 * `broadsheet read <feed>` in a real terminal (tmux, 100×30): the spinner while the feed is
 * fetched, the library's unread marks and fetch time, and a mark gone once its item was read.
 */

const { sessions, runTmux } = tmuxSessionsOfFile("run the terminal tests of reading the web");

/** How long the slow server waits before answering: long enough to see the spinner. */
const DELAY_MS = 1_500;

let site: TestSite | undefined;
let slow: Server | undefined;

afterEach(async () => {
  await site?.close();
  await new Promise((resolve) => (slow ? slow.close(resolve) : resolve(undefined)));
  slow?.closeAllConnections();
  site = undefined;
  slow = undefined;
});

/** A server on 127.0.0.1 that answers each request as the test site does, but late. */
async function startSlowSite(origin: string): Promise<string> {
  slow = createServer((request, response) => {
    setTimeout(() => {
      fetch(`${origin}${request.url ?? "/"}`).then(
        async (answer) => {
          response.writeHead(answer.status, {
            "content-type": answer.headers.get("content-type") ?? "text/plain",
          });
          response.end(await answer.text());
        },
        () => response.writeHead(502).end(),
      );
    }, DELAY_MS);
  });
  await new Promise<void>((resolve) => slow?.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
}

function rowOf(screen: string, text: string): string {
  return screen.split("\n").find((row) => row.includes(text)) ?? "";
}

/** A tmux session in a folder of its own (no content folder), with its own XDG folders. */
async function startSession(): Promise<TmuxSession> {
  const dir = await tempDir();
  const session = await TmuxSession.start({ cwd: dir, env: xdgOf(dir) });
  sessions.push(session);
  await session.command("echo BEFORE-READER-MARKER");
  await session.waitFor(/^BEFORE-READER-MARKER$/m);
  return session;
}

function xdgOf(dir: string): Record<string, string> {
  return {
    XDG_CONFIG_HOME: join(dir, "config"),
    XDG_CACHE_HOME: join(dir, "cache"),
    XDG_STATE_HOME: join(dir, "state"),
  };
}

/**
 * Moves the choice to the second row. The first screen is drawn before Ink reads keys, so a key
 * pressed that early may be lost: it is pressed again until the choice has moved.
 */
async function chooseSecond(session: TmuxSession): Promise<void> {
  const moved = (screen: string) => /^▸ {3}2026-03-02 |^▸ • 2026-03-02 /m.test(screen);
  for (let attempt = 0; attempt < 10; attempt++) {
    await session.press("Down");
    const screen = await session.waitFor(moved, 1_000).catch(() => "");
    if (moved(screen)) return;
    await session.press("Home");
  }
  throw new Error("the choice never moved to the second row");
}

describe.runIf(runTmux)("broadsheet read <feed> in a terminal (tmux)", () => {
  it("spins while fetching, marks the unread, and drops the mark of an item read", async () => {
    site = await startTestSite();
    const slowOrigin = await startSlowSite(site.origin);
    const session = await startSession();
    const slowHost = slowOrigin.replace("http://", "");
    await session.command(`node ${BIN} read ${slowOrigin}/feed.xml; echo "status=$?"`);
    await session.waitFor(
      new RegExp(`[|/\\\\-] fetching ${slowHost.replace(/\./g, "\\.")} \\d\\.\\d s`),
    );

    let screen = await session.waitFor((s) => s.includes("3 unread"));
    expect(screen).not.toContain("fetching");
    expect(rowOf(screen, "Allotments share a well")).toMatch(/^▸ • 2026-03-03 /);
    expect(rowOf(screen, "Night ferry returns")).toMatch(/^ {2}• 2026-03-02 /);
    expect(rowOf(screen, "3 unread")).toMatch(
      new RegExp(
        `^ 3 unread · Test Gazette: 3 items · ${slowHost.replace(/\./g, "\\.")} \\d+(?: ms|\\.\\d s) `,
      ),
    );

    await chooseSecond(session);
    await session.press("Enter");
    await session.waitFor((s) => s.includes("The harbour ferry resumed"), 15_000);
    await session.press("q");
    screen = await session.waitFor((s) => s.includes("2 unread"));
    expect(rowOf(screen, "Night ferry returns")).toMatch(/^▸ {3}2026-03-02 /);
    expect(rowOf(screen, "Allotments share a well")).toMatch(/^ {2}• 2026-03-03 /);

    await session.press("q");
    screen = await session.waitFor("status=0");
    expect(screen).toMatch(/^BEFORE-READER-MARKER$/m);
    expect(screen).not.toContain("fetching");
  }, 60_000);

  it("lists the followed feeds' items with no argument, counting the feeds read while fetching", async () => {
    site = await startTestSite();
    const slowOrigin = await startSlowSite(site.origin);
    const session = await startSession();
    const file = followFileOf(xdgOf(session.dir));
    for (const path of ["/feed.xml", "/feed.xml?second", "/"]) {
      await follow(`${slowOrigin}${path}`, undefined, { file });
    }
    await session.command(`node ${BIN} read; echo "status=$?"`);
    await session.waitFor(/[|/\\-] fetching 3 feeds \d\.\d s/);
    const screen = await session.waitFor((s) => s.includes("3 unread"));
    expect(screen).not.toContain("fetching");
    expect(rowOf(screen, "Broadsheet")).toMatch(/^Broadsheet · following · 3 articles/);
    expect(rowOf(screen, "3 unread")).toMatch(
      /^ 3 unread · 3 feeds, 9 items in \d+(?: ms|\.\d s) · slowest 127\.0\.0\.1:\d+ /,
    );
    expect(rowOf(screen, "Allotments share a well")).toMatch(/^▸ • 2026-03-03 /);
    await session.press("q");
    expect(await session.waitFor("status=0")).not.toContain("fetching");
  }, 60_000);
});
