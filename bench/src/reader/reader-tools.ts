import { spawnSync } from "node:child_process";
import type { ReaderArticle } from "./reader-articles.js";
import { shellQuote } from "./tmux-bench-server.js";

/** A terminal program the reader is compared with, and how to drive it. */
export interface ReaderTool {
  name: string;
  /** Why it cannot run here (not installed), or undefined. */
  missing: string | undefined;
  /** The shell command that opens `article` in it. */
  command(article: ReaderArticle): string;
  /** Keys (tmux names) to the end and back to the top, or none for a program without pages. */
  endKeys: string[];
  homeKeys: string[];
  quitKeys: string[];
}

function installed(binary: string, aptPackage: string): string | undefined {
  const found = spawnSync("sh", ["-c", `command -v ${binary}`], { stdio: "ignore" }).status === 0;
  return found ? undefined : `${binary} is not installed (apt-get install ${aptPackage})`;
}

/**
 * The floor: Node starting, writing the article's first words and waiting for a key, which is
 * `node -e 0` plus what any reader must do at least.
 */
function nodeFloor(words: string): ReaderTool {
  const script = `process.stdout.write(${JSON.stringify(`${words}\n`)});process.stdin.setRawMode(true);process.stdin.once("data",()=>process.exit(0))`;
  return {
    name: "node -e 0 (+ print, wait for a key)",
    missing: undefined,
    command: () => `${shellQuote(process.execPath)} -e ${shellQuote(script)}`,
    endKeys: [],
    homeKeys: [],
    quitKeys: ["q"],
  };
}

/** The reader and the tools it is measured against, the floor first and broadsheet last. */
export function readerTools(bin: string, words: string): ReaderTool[] {
  return [
    nodeFloor(words),
    {
      name: "less (text)",
      missing: installed("less", "less"),
      command: (article) => `less ${shellQuote(article.text)}`,
      endKeys: ["G"],
      homeKeys: ["g"],
      quitKeys: ["q"],
    },
    {
      name: "w3m (HTML)",
      missing: installed("w3m", "w3m"),
      command: (article) => `w3m ${shellQuote(article.html)}`,
      endKeys: ["G"],
      homeKeys: ["g"],
      quitKeys: ["Q"],
    },
    {
      name: "lynx (HTML)",
      missing: installed("lynx", "lynx"),
      command: (article) => `lynx ${shellQuote(article.html)}`,
      endKeys: ["End"],
      homeKeys: ["Home"],
      quitKeys: ["Q"],
    },
    {
      name: "broadsheet read",
      missing: undefined,
      command: (article) =>
        `${shellQuote(process.execPath)} ${shellQuote(bin)} read --no-resume ${shellQuote(article.markdown)}`,
      endKeys: ["G"],
      homeKeys: ["g"],
      quitKeys: ["q"],
    },
  ];
}
