import { Io } from "./io.js";

/** What a captured {@link Io} has written so far. */
export interface Captured {
  io: Io;
  readonly out: string;
  readonly err: string;
}

/** An {@link Io} that records what is written, for in-process tests; `stdoutIsTerminal` as a terminal would be. */
export function captureIo(
  env: Record<string, string> = {},
  { stdoutIsTerminal = false }: { stdoutIsTerminal?: boolean } = {},
): Captured {
  let out = "";
  let err = "";
  const io = Io.over({
    env,
    stdoutIsTerminal,
    writeOut(text) {
      out += text;
    },
    writeErr(text) {
      err += text;
    },
  });
  return {
    io,
    get out() {
      return out;
    },
    get err() {
      return err;
    },
  };
}
