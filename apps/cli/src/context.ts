import type { Io } from "./io.js";

/** What a command's action needs: the streams, and where to leave its exit status. */
export interface Context {
  io: Io;
  exitCode: number;
}
