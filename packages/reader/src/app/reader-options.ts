import type { Article } from "@broadsheet/article";
import type { LibrarySource } from "./library-source.js";
import type { ThemeName } from "./themes.js";

/** The column width asked for when `--width` is not given. */
export const DEFAULT_COLUMN_WIDTH = 72;

/** What `broadsheet read` opens in a terminal. */
export type ReaderSource =
  | { kind: "article"; article: Article }
  | {
      kind: "library";
      library: LibrarySource;
      source: string;
      notes: readonly string[];
    };

/** Options of the interactive reader. */
export interface ReaderOptions {
  source: ReaderSource;
  width?: number | undefined;
  theme: ThemeName;
  resume: boolean;
  env: Readonly<Record<string, string | undefined>>;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}
