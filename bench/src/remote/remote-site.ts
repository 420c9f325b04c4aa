import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromMarkdown } from "@broadsheet/markdown";
import { freePort } from "../web/free-port.js";
import { REPO_ROOT, WEB_APP } from "../web/paths.js";
import { buildSite } from "../web/site-build.js";
import { hundredItemFeed } from "./hundred-item-feed.js";

/** Next allows one build of the app at a time (its lock in `apps/web/.next`): wait this long. */
const LOCK_WAIT_MS = 15 * 60_000;
const LOCK_POLL_MS = 10_000;
const LOCKED = "Another next build process is already running";

/** Where the generated 100-item feed is served on the site. */
const FEED_PATH = "/bench/hundred.xml";

/** The site's facts, kept beside it so that a later run can serve it again. */
const FACTS_FILE = "bench-site.json";

type SiteFacts = Omit<RemoteSite, "root" | "origin" | "remove">;

/** The sample content built as a Broadsheet site for one loopback port, and its addresses. */
export interface RemoteSite {
  /** The exported site (a temporary folder outside the repository). */
  root: string;
  /** The port it was built for (its feeds and alternates name it). */
  port: number;
  origin: string;
  /** The sample article's page on the site. */
  articleUrl: string;
  /** The sample article's file in `content/`. */
  contentFile: string;
  /** The generated feed of 100 items, served by the site. */
  feedUrl: string;
  /** How long the build took (feed HTML, next build, post-export), in ms. */
  buildMs: number;
  /** Deletes the site (nothing for a site kept from an earlier run). */
  remove(): void;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function sampleArticle(): { file: string; slug: string } {
  const content = join(REPO_ROOT, "content");
  const name = readdirSync(content).find((file) => file.includes("kursk"));
  if (!name) throw new Error("content/ has no Kursk sample article");
  const file = join(content, name);
  const parsed = fromMarkdown(readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return { file, slug: parsed.article.slug };
}

/** `buildSite`, waiting for another build of the app to finish when Next says one is running. */
async function buildWhenFree(options: Parameters<typeof buildSite>[0]): Promise<number> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      return buildSite(options).wallMs;
    } catch (error) {
      const locked = error instanceof Error && error.message.includes(LOCKED);
      if (!locked || Date.now() > deadline) throw error;
      console.log("  (another build of apps/web is running; waiting for it)");
      await pause(LOCK_POLL_MS);
    }
  }
}

/**
 * Builds the repository's `content/` as the web app builds it, for a server on a free port of
 * 127.0.0.1 (`BROADSHEET_SITE_URL` is that origin, so feeds and alternates point at it), adds a
 * generated 100-item RSS feed to it, and moves the export out of the repository. The build goes
 * to a temporary folder inside `apps/web/.cache` (Next exports only inside the app), with its
 * own build cache there too.
 */
export async function buildRemoteSite(): Promise<RemoteSite> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const { file, slug } = sampleArticle();
  mkdirSync(join(WEB_APP, ".cache"), { recursive: true });
  const work = mkdtempSync(join(WEB_APP, ".cache", "bench-remote-"));
  const root = mkdtempSync(join(tmpdir(), "broadsheet-bench-remote-site-"));
  try {
    const out = join(work, "out");
    const buildMs = await buildWhenFree({ out, siteUrl: origin, cache: join(work, "cache") });
    cpSync(out, root, { recursive: true });
    mkdirSync(join(root, "bench"), { recursive: true });
    writeFileSync(join(root, FEED_PATH), hundredItemFeed(origin));
    const site: SiteFacts = {
      port,
      articleUrl: `${origin}/articles/${slug}`,
      contentFile: file,
      feedUrl: `${origin}${FEED_PATH}`,
      buildMs,
    };
    writeFileSync(join(root, FACTS_FILE), `${JSON.stringify(site, null, 2)}\n`);
    return { ...site, root, origin, remove: () => rmSync(root, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * A site an earlier run built and kept (`BENCH_REMOTE_SITE=<folder>`), served again on the port
 * it was built for; its build time is the one measured then.
 */
export function keptRemoteSite(root: string): RemoteSite {
  const facts = JSON.parse(readFileSync(join(root, FACTS_FILE), "utf8")) as SiteFacts;
  return { ...facts, root, origin: `http://127.0.0.1:${facts.port}`, remove: () => {} };
}
