import type { Io } from "./io.js";

/** An {@link Io} that records what is written, for in-process tests. */
export function captureIo(env: Record<string, string> = {}): Io & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    env,
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
  };
  return io;
}
