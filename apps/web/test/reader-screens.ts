import type { TmuxSession } from "@broadsheet/reader/testing";

/** How long a screen may take to appear on a loaded machine. */
const WAIT_MS = 15_000;

/** The rows of a captured screen. */
export function rows(screen: string): string[] {
  return screen.replace(/\n$/, "").split("\n");
}

/** The reader's status line: the row above the last (the last is left empty). */
export function statusLine(screen: string, height: number): string {
  return rows(screen)[height - 2] ?? "";
}

const LAID_OUT = /\d+%/;
const AT_END = /\b100%\s+end\b/;
const MOST_PAGES = 100;

/**
 * Pages through the article the reader shows in `pane` with Space, from the screen it is on to
 * the end ("100%  end" in the status line), and returns each screen's text: every row but the
 * status line and the empty one below it.
 */
export async function articlePages(pane: TmuxSession, height: number): Promise<string[][]> {
  let screen = await pane.waitFor((shown) => LAID_OUT.test(statusLine(shown, height)), WAIT_MS);
  const pages: string[][] = [];
  for (;;) {
    pages.push(rows(screen).slice(0, height - 2));
    const status = statusLine(screen, height);
    if (AT_END.test(status)) return pages;
    if (pages.length === MOST_PAGES) {
      throw new Error(`no end after ${MOST_PAGES} pages; the status line says: ${status}`);
    }
    await pane.press("Space");
    screen = await pane.waitFor((shown) => {
      const now = statusLine(shown, height);
      return LAID_OUT.test(now) && now !== status;
    }, WAIT_MS);
  }
}
