import { decodeDocument, parseFeed } from "@broadsheet/feeds";
import { openLibraryScreen } from "@broadsheet/reader/library-screen";
import { remoteLibrarySource } from "./remote-library-source.js";

/** The terminal a first frame is drawn for. */
export interface FrameSize {
  columns: number;
  rows: number;
}

/** A terminal that keeps what is written to it, as `broadsheet read` would write it to a tty. */
function recordingTerminal(size: FrameSize) {
  const written: string[] = [];
  const stdout = {
    columns: size.columns,
    rows: size.rows,
    isTTY: true,
    write(text: string) {
      written.push(text);
      return true;
    },
  } as unknown as NodeJS.WriteStream;
  const stdin = { isTTY: false } as unknown as NodeJS.ReadStream;
  return { stdout, stdin, written };
}

/**
 * A feed's bytes as the library's first screen of `broadsheet read <feed>`: decoded, parsed, its
 * items listed by the library the command uses, and the first frame drawn by the reader's own
 * library screen (before Ink), all in this process, with nothing fetched and nothing recorded as
 * read. The terminal is given back before returning.
 *
 * @param bytes - the feed as served
 * @param url - where it was served from (relative links resolve against it)
 * @returns the text written to the terminal: entering the screen, the frame, leaving it
 */
export function feedFirstFrame(bytes: Uint8Array, url: string, size: FrameSize): string {
  const document = decodeDocument(bytes);
  const feed = parseFeed(document.text, { url });
  const library = remoteLibrarySource(feed.items, {
    sourceName: feed.title,
    feedFetchedAt: new Date(0),
  });
  const terminal = recordingTerminal(size);
  const opened = openLibraryScreen({
    source: { kind: "library", library, source: url, notes: [] },
    theme: "auto",
    resume: false,
    env: { NO_COLOR: "1" },
    stdin: terminal.stdin,
    stdout: terminal.stdout,
    stderr: terminal.stdout,
  });
  opened.screen.release();
  return terminal.written.join("");
}
