import type { ReaderArticle } from "../reader/reader-articles.js";
import { type ReaderTool, readerTools } from "../reader/reader-tools.js";
import { shellQuote } from "../reader/tmux-bench-server.js";
import type { RemoteSetup } from "./remote-setup.js";
import { freshXdg, type XdgEnv } from "./xdg-dirs.js";

/** Names of the rows the targets are checked on. */
export const ROW = {
  file: "broadsheet read <content file>",
  pageCold: "broadsheet read <page URL>, cold",
  pageWarm: "broadsheet read <page URL>, warm",
  feedCold: "broadsheet read <feed URL>, cold",
  feedWarm: "broadsheet read <feed URL>, warm",
} as const;

/** One thing opened in the terminal: a name for the table and the words its first screen shows. */
export interface RemoteTarget extends ReaderArticle {
  words: string;
}

/** A program that reads a target in tmux, and which target. */
export interface RemoteRow {
  tool: ReaderTool;
  target: RemoteTarget;
}

function withEnv(env: XdgEnv, command: string): string {
  const assignments = Object.entries(env).map(([name, value]) => `${name}=${shellQuote(value)}`);
  return `env ${assignments.join(" ")} ${command}`;
}

/** `broadsheet read --no-resume <what>` with the XDG folders `xdg` gives each launch. */
function broadsheet(
  name: string,
  bin: string,
  what: string,
  xdg: () => XdgEnv,
  paging: boolean,
): ReaderTool {
  return {
    name,
    missing: undefined,
    command: () =>
      withEnv(
        xdg(),
        `${shellQuote(process.execPath)} ${shellQuote(bin)} read --no-resume ${shellQuote(what)}`,
      ),
    endKeys: paging ? ["G"] : [],
    homeKeys: paging ? ["g"] : [],
    quitKeys: ["q"],
  };
}

/**
 * The rows of the first-screen table: the floor (Node printing the words and waiting for a
 * key), `broadsheet read` of the content file, of the article's page on the site with an empty
 * cache (new XDG folders each launch) and with a warm one (a 304 for each document), w3m on the
 * same page, then the library of the 100-item feed, cold and warm.
 */
export function remoteRows(
  setup: RemoteSetup,
  words: { article: string; feed: string },
): RemoteRow[] {
  const [floor, , w3mFile] = readerTools(setup.bin, words.article);
  if (!floor || !w3mFile) throw new Error("the reader benchmark's tools changed");
  const article: RemoteTarget = {
    name: "article",
    words: words.article,
    markdown: setup.contentFile,
    text: setup.contentFile,
    html: setup.articleUrl,
    bytes: 0,
  };
  const feed: RemoteTarget = { ...article, name: "feed", words: words.feed, html: setup.feedUrl };
  const cold = () => freshXdg(setup.scratch);
  const warm = () => setup.warm;
  const rows: RemoteRow[] = [
    { tool: floor, target: article },
    {
      tool: broadsheet(ROW.file, setup.bin, setup.contentFile, cold, true),
      target: article,
    },
    {
      tool: broadsheet(ROW.pageCold, setup.bin, setup.articleUrl, cold, true),
      target: article,
    },
    {
      tool: broadsheet(ROW.pageWarm, setup.bin, setup.articleUrl, warm, true),
      target: article,
    },
    { tool: { ...w3mFile, name: "w3m <page URL>" }, target: article },
    {
      tool: broadsheet(ROW.feedCold, setup.bin, setup.feedUrl, cold, false),
      target: feed,
    },
    {
      tool: broadsheet(ROW.feedWarm, setup.bin, setup.feedUrl, warm, false),
      target: feed,
    },
  ];
  return rows;
}
