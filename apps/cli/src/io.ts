/** Where a command writes and what it reads from the environment, so tests can run it in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** stderr when it is a terminal, for progress bars; absent when stderr is piped or captured. */
  progressTerminal?: NodeJS.WritableStream | undefined;
}

/** The real process's streams and environment. */
export const processIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  env: process.env,
  progressTerminal: process.stderr.isTTY ? process.stderr : undefined,
};
