import { sanitizeForTerminal } from "@broadsheet/reader/sanitize";

/** Where an {@link Io}'s text ends up: a process's streams, or a test's recorder. */
export interface IoSink {
  writeOut(text: string): void;
  writeErr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal: documents are then shown with visible escapes. */
  stdoutIsTerminal?: boolean | undefined;
  /** stderr when it is a terminal, for progress bars; absent when stderr is piped or captured. */
  progressTerminal?: NodeJS.WritableStream | undefined;
}

/**
 * One record as it is printed: a single line (its own line breaks, controls, escape sequences,
 * bidi controls and lone surrogates shown as visible escapes such as `\n`, `\x1b`, `\u202e`),
 * ending in a newline.
 */
export function recordLine(line: string): string {
  return `${sanitizeForTerminal(line, "field")}\n`;
}

/**
 * Where a command writes and what it reads from the environment. Nothing reaches stdout or
 * stderr except through {@link sanitizeForTerminal}: messages always, documents when stdout is
 * a terminal. It is a class with a private sink so that no command can hand a bare stream around
 * it; build one with {@link Io.over}.
 */
export class Io {
  readonly #sink: IoSink;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** stderr when it is a terminal, for progress bars; write to it only through {@link recordLine}. */
  readonly progressTerminal: NodeJS.WritableStream | undefined;

  private constructor(sink: IoSink) {
    this.#sink = sink;
    this.env = sink.env;
    this.progressTerminal = sink.progressTerminal;
  }

  /** An Io writing to `sink`. */
  static over(sink: IoSink): Io {
    return new Io(sink);
  }

  /** One record on stdout, always one line ({@link recordLine}). */
  outLine(line: string): void {
    this.#sink.writeOut(recordLine(line));
  }

  /** One record on stderr, always one line ({@link recordLine}). */
  errLine(line: string): void {
    this.#sink.writeErr(recordLine(line));
  }

  /** Text of whole lines on stdout (help, a plain-text layout); all but newlines is sanitized. */
  stdout(text: string): void {
    this.#sink.writeOut(sanitizeForTerminal(text, "lines"));
  }

  /** Text of whole lines on stderr (a stack trace); all but newlines is sanitized. */
  stderr(text: string): void {
    this.#sink.writeErr(sanitizeForTerminal(text, "lines"));
  }

  /**
   * A document (Markdown, JSON) on stdout: its exact text when stdout is piped or redirected,
   * since it is data; on a terminal, control characters other than newline and tab are shown as
   * visible escapes, as `less` shows them, so a document cannot drive the terminal.
   */
  data(text: string): void {
    this.#sink.writeOut(this.#sink.stdoutIsTerminal ? sanitizeForTerminal(text, "document") : text);
  }
}

/** The real process's streams and environment. */
export const processIo: Io = Io.over({
  writeOut: (text) => void process.stdout.write(text),
  writeErr: (text) => void process.stderr.write(text),
  env: process.env,
  stdoutIsTerminal: process.stdout.isTTY === true,
  progressTerminal: process.stderr.isTTY ? process.stderr : undefined,
});
