import { existsSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type LoadedArticle, loadContent } from "@broadsheet/content";
import { TmuxSession, tmuxSessionsOfFile } from "@broadsheet/reader/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FEED_ARTICLE_LIMIT } from "@/lib/feeds/feed-articles";
import { buildCacheDir } from "@/scripts/build-cache.mjs";
import { buildSite } from "./build-site";
import { type LoggedServer, serveLogged } from "./logged-server";
import { articlePages, rows } from "./reader-screens";

/**
 * `broadsheet read` of the project's own site, end to end: the sample content (a copy, so its
 * build's feed HTML and index never meet the main build's) built for an origin on 127.0.0.1,
 * served there by the test, and read in tmux from its home page (feeds discovered, the library
 * of items, an article through its Markdown alternate), compared screen by screen with the
 * reading of the content file; then read again offline, the server stopped.
 */

const APP = path.resolve(import.meta.dirname, "..");
const CONTENT = path.resolve(APP, "../../content");
const BIN = path.resolve(APP, "../cli/dist/broadsheet.js");
/** How long a screen may take to appear: a fetch on a loaded machine included. */
const WAIT_MS = 15_000;
const ROOT = path.join(APP, ".cache", "test-read-site");
const SITE_CONTENT = path.join(ROOT, "content");
const OUT = path.join(ROOT, "out");
const CACHE = path.join(ROOT, "cache");
const WIDTH = 100;
const HEIGHT = 30;

/** The feed's articles (the newest of the content folder), every file of it valid. */
async function feedArticles(): Promise<LoadedArticle[]> {
  const { articles, errors } = await loadContent(CONTENT);
  if (errors.length > 0) throw new Error(`${CONTENT}: ${JSON.stringify(errors)}`);
  return articles.slice(0, FEED_ARTICLE_LIMIT);
}

/**
 * The article with the fullest dateline (place, date and source): the feed's HTML content has
 * no dateline, only the Markdown alternate carries it.
 */
function articleWithDateline(content: readonly LoadedArticle[]): LoadedArticle {
  const found = content.find(({ article }) => article.dateline?.date && article.dateline.source);
  if (!found) throw new Error(`no article in ${CONTENT} has a dateline with a date and a source`);
  return found;
}

/** Copies the OpenGraph images of the main build's cache, so this build does not draw them again. */
async function seedOgImages(): Promise<void> {
  const og = path.join(buildCacheDir(APP), "og");
  if (existsSync(og)) await cp(og, path.join(CACHE, "og"), { recursive: true });
}

const { sessions: panes, runTmux } = tmuxSessionsOfFile(
  "read the site served on 127.0.0.1 in a terminal",
);

describe.runIf(runTmux)("broadsheet read of the site served on 127.0.0.1, in tmux", () => {
  let server: LoggedServer;
  let home: string;
  let content: LoadedArticle[];
  let chosen: LoadedArticle;
  let filePages: string[][];

  beforeAll(async () => {
    if (!existsSync(BIN)) {
      throw new Error(`${BIN} is missing: build the CLI first (pnpm --filter broadsheet build)`);
    }
    content = await feedArticles();
    chosen = articleWithDateline(content);
    await rm(ROOT, { recursive: true, force: true });
    await seedOgImages();
    await cp(CONTENT, SITE_CONTENT, {
      recursive: true,
      filter: (source) => path.basename(source) !== ".cache",
    });
    home = await mkdtemp(path.join(tmpdir(), "broadsheet-read-site-"));
    server = await serveLogged(OUT);
    await buildSite({ content: SITE_CONTENT, out: OUT, cache: CACHE, origin: server.origin });
  }, 900_000);

  afterAll(async () => {
    await server?.close();
    await rm(ROOT, { recursive: true, force: true });
    if (home) await rm(home, { recursive: true, force: true });
  });

  /** A shell in tmux whose XDG folders (cache, state, config) are the test's own. */
  async function shell(): Promise<TmuxSession> {
    const pane = await TmuxSession.start({
      cwd: home,
      width: WIDTH,
      height: HEIGHT,
      env: {
        XDG_CACHE_HOME: path.join(home, "cache"),
        XDG_STATE_HOME: path.join(home, "state"),
        XDG_CONFIG_HOME: path.join(home, "config"),
      },
    });
    panes.push(pane);
    return pane;
  }

  /** Runs `broadsheet read ARGS` in the pane, its exit status printed after it. */
  async function read(pane: TmuxSession, args: string): Promise<void> {
    await pane.command(`clear; node ${BIN} read --no-resume ${args}; echo "status=$?"`);
  }

  /** Quits the reader and waits for the shell with status 0. */
  async function quit(pane: TmuxSession): Promise<void> {
    await pane.press("q");
    await pane.waitFor(/^status=0$/m, WAIT_MS);
  }

  /** Closes the article opened from the filtered library, clears the filter, and quits. */
  async function quitFromLibrary(pane: TmuxSession): Promise<void> {
    await pane.press("q");
    await pane.waitFor(
      (shown) => shown.includes("Enter read") && shown.includes("Filter:"),
      WAIT_MS,
    );
    await pane.press("Escape");
    await pane.waitFor(
      (shown) => shown.includes("Enter read") && !shown.includes("Filter:"),
      WAIT_MS,
    );
    await quit(pane);
  }

  /** The library of the site: every article of the content folder, from the feed found on `/`. */
  async function expectLibrary(pane: TmuxSession): Promise<string> {
    const screen = await pane.waitFor((shown) => shown.includes("Enter read"), WAIT_MS);
    const header = rows(screen)[0] ?? "";
    expect(header).toContain(`${server.origin}/feed.xml`);
    expect(header).toContain(`${content.length} articles`);
    for (const { article } of content) expect(screen).toContain(article.headline.slice(0, 30));
    return screen;
  }

  /** Filters the library down to the chosen article by a word of its headline, and opens it. */
  async function openChosen(pane: TmuxSession): Promise<void> {
    const word = chosen.article.headline.split(" ").at(-1) ?? "";
    await pane.type(word);
    const screen = await pane.waitFor(`Filter: ${word}`, WAIT_MS);
    expect(screen).toContain(chosen.article.headline);
    for (const { article } of content) {
      if (article !== chosen.article) expect(screen).not.toContain(article.headline.slice(0, 30));
    }
    await pane.press("Enter");
  }

  it("discovers the feed from /, lists the articles, and opens one through its Markdown alternate as the content file reads", async () => {
    const pane = await shell();
    const { slug } = chosen.article;
    const dateline = chosen.article.dateline;

    await read(pane, `${server.origin}/`);
    await expectLibrary(pane);
    await openChosen(pane);
    const fromLibrary = await articlePages(pane, HEIGHT);
    await quitFromLibrary(pane);
    expect(server.requests).toEqual(
      expect.arrayContaining(["/", "/feed.xml", `/articles/${slug}.md`]),
    );
    const firstPage = (fromLibrary[0] ?? []).join("\n");
    expect(firstPage).toContain(chosen.article.headline);
    expect(firstPage).toContain(`${dateline?.place}, ${dateline?.date} (${dateline?.source})`);

    const asked = server.requests.length;
    await read(pane, `${server.origin}/articles/${slug}`);
    const fromPage = await articlePages(pane, HEIGHT);
    await quit(pane);
    expect(server.requests.slice(asked)).toEqual(
      expect.arrayContaining([`/articles/${slug}`, `/articles/${slug}.md`]),
    );

    await read(pane, chosen.file);
    filePages = await articlePages(pane, HEIGHT);
    await quit(pane);
    expect(filePages.length).toBeGreaterThan(1);
    expect(fromLibrary).toEqual(filePages);
    expect(fromPage).toEqual(filePages);
  });

  it("reads the article page and the site again offline once the server has stopped", async () => {
    expect(filePages, "the online test reads the article first").toBeDefined();
    await server.close();
    const pane = await shell();
    const { slug } = chosen.article;

    await read(pane, `--offline ${server.origin}/articles/${slug}`);
    expect(await articlePages(pane, HEIGHT)).toEqual(filePages);
    await quit(pane);

    await read(pane, `--offline ${server.origin}/`);
    await expectLibrary(pane);
    await openChosen(pane);
    expect(await articlePages(pane, HEIGHT)).toEqual(filePages);
    await quitFromLibrary(pane);
  });
});
