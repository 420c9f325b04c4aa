import type { XdgEnv } from "./xdg-dirs.js";

/** What the benchmark's rows need: the built command, the site's addresses, a scratch folder. */
export interface RemoteSetup {
  /** `apps/cli/dist/broadsheet.js`. */
  bin: string;
  /** The sample article's file in `content/`. */
  contentFile: string;
  /** The same article's page on the loopback site. */
  articleUrl: string;
  /** The 100-item feed on the loopback site. */
  feedUrl: string;
  /** XDG folders whose cache already holds the page, its Markdown and the feed. */
  warm: XdgEnv;
  /** A temporary folder for the runs' own files. */
  scratch: string;
}
