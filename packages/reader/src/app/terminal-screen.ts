import { writeSync } from "node:fs";

/** Switches to the alternate screen, clears it and hides the cursor. */
export const ENTER_SCREEN = "\u001b[?1049h\u001b[H\u001b[2J\u001b[?25l";
/**
 * Undoes everything the reader may have left set: attributes, an open hyperlink, the hidden
 * cursor, the alternate screen (the terminal then shows what was there before).
 */
export const LEAVE_SCREEN = "\u001b[0m\u001b]8;;\u0007\u001b[?25h\u001b[?1049l";

/** The signals that end the reader, with the exit status each gives (128 + its number). */
const SIGNALS = { SIGINT: 130, SIGHUP: 129, SIGTERM: 143 } as const;
type Signal = keyof typeof SIGNALS;

/** The streams the reader takes over. */
export interface ScreenStreams {
  stdout: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
}

/** What {@link takeOverScreen} needs from the process, so tests can give a fake one. */
export interface ScreenProcess {
  on(event: "exit", listener: () => void): unknown;
  on(event: Signal, listener: () => void): unknown;
  prependListener(event: "uncaughtException", listener: (error: unknown) => void): unknown;
  off(event: string, listener: (...args: never[]) => void): unknown;
  exit(code: number): never;
}

/** The reader's hold on the terminal. */
export interface TerminalScreen {
  /**
   * Restores the terminal: idempotent and synchronous, so that it works from `exit` handlers.
   * Runs `beforeRestore` first (to save the position and stop drawing).
   */
  restore(): void;
  /** Restores the terminal and removes every handler. */
  release(): void;
}

function writeNow(stream: NodeJS.WriteStream, text: string): void {
  try {
    const fd = (stream as NodeJS.WriteStream & { fd?: number }).fd;
    if (typeof fd === "number") writeSync(fd, text);
    else stream.write(text);
  } catch {
    // The terminal may be gone (SIGHUP); there is nothing left to restore then.
  }
}

/**
 * Takes over the terminal for reading: the alternate screen, cursor hidden. Whatever happens
 * next, the terminal is given back: on {@link TerminalScreen.release}, on SIGINT, SIGTERM and
 * SIGHUP (then the process exits with 128 + the signal number), on an uncaught exception
 * (restored before the crash report is printed, which then lands on the normal screen), and in a
 * process `exit` handler that writes the restoring sequence synchronously as a last resort.
 * `beforeRestore` runs once, first: it should save the reading position and unmount Ink, so that
 * Ink's last frame goes to the alternate screen rather than over the restored one.
 */
export function takeOverScreen(
  streams: ScreenStreams,
  beforeRestore: () => void,
  proc: ScreenProcess = process as unknown as ScreenProcess,
): TerminalScreen {
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    try {
      beforeRestore();
    } catch {
      // Restoring the terminal matters more than whatever failed here.
    }
    writeNow(streams.stdout, LEAVE_SCREEN);
    try {
      if (streams.stdin.isTTY) streams.stdin.setRawMode(false);
    } catch {
      // stdin may already be closed.
    }
  };
  const onSignal = (signal: Signal) => () => {
    restore();
    proc.exit(SIGNALS[signal]);
  };
  const signalHandlers = Object.keys(SIGNALS).map((signal) => {
    const handler = onSignal(signal as Signal);
    proc.on(signal as Signal, handler);
    return [signal, handler] as const;
  });
  const onCrash = () => restore();
  proc.prependListener("uncaughtException", onCrash);
  proc.on("exit", restore);
  writeNow(streams.stdout, ENTER_SCREEN);
  return {
    restore,
    release() {
      restore();
      for (const [signal, handler] of signalHandlers) proc.off(signal, handler);
      proc.off("uncaughtException", onCrash);
      proc.off("exit", restore);
    },
  };
}
