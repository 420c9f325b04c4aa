import { oneLine, sanitizeForTerminal } from "@broadsheet/reader/sanitize";
import type { Io } from "../io.js";

/** What is being fetched, shown on the terminal until the reader takes the screen. */
export interface FetchProgress {
  /** Says what is being fetched now, e.g. "fetching 3 of 12 feeds · 40 items". */
  update(text: string): void;
  /** Erases the line, leaving the terminal as it was; safe to call twice. */
  stop(): void;
}

/** The spinner's frames: plain ASCII, one column each, in every terminal and font. */
const FRAMES = ["|", "/", "-", "\\"];

/** How often the spinner turns, in milliseconds. */
const TURN_MS = 100;

const SILENT: FetchProgress = { update() {}, stop() {} };

/** The columns of a terminal stream (80 when it does not say). */
function columnsOf(stream: NodeJS.WritableStream): number {
  const { columns } = stream as { columns?: number };
  return typeof columns === "number" && columns > 0 ? columns : 80;
}

/**
 * A one-line spinner on stderr while sources are fetched: the text (sanitised, cut to the
 * terminal's width so that it never wraps) and the seconds spent, redrawn in place and erased by
 * `stop`. Drawn only when stderr is a terminal (not `TERM=dumb`); otherwise nothing is written,
 * so piped and logged output stays clean.
 */
export function fetchProgress(io: Io, now: () => number = Date.now): FetchProgress {
  const terminal = io.progressTerminal;
  if (!terminal || io.env.TERM === "dumb") return SILENT;
  const started = now();
  let text = "fetching";
  let turn = 0;
  let drawn = false;
  let stopped = false;
  const draw = () => {
    const seconds = ((now() - started) / 1000).toFixed(1);
    const line = `${FRAMES[turn % FRAMES.length]} ${oneLine(sanitizeForTerminal(text))} ${seconds} s`;
    turn += 1;
    const room = Math.max(1, columnsOf(terminal) - 1);
    terminal.write(`\r${[...line].slice(0, room).join("")}\u001b[K`);
    drawn = true;
  };
  const timer = setInterval(draw, TURN_MS);
  timer.unref();
  draw();
  return {
    update(next) {
      if (stopped) return;
      text = next;
      draw();
    },
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      if (drawn) terminal.write("\r\u001b[K");
    },
  };
}
