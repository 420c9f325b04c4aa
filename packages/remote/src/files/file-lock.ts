import { resolve } from "node:path";

const queues = new Map<string, Promise<unknown>>();

/**
 * Runs read-modify-write jobs on one file one after another within this process, so that two
 * changes at once both land (between processes the last atomic write wins).
 */
export function serialized<T>(path: string, job: () => Promise<T>): Promise<T> {
  const file = resolve(path);
  const previous = queues.get(file) ?? Promise.resolve();
  const run = previous.then(job, job);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(file, settled);
  void settled.then(() => {
    if (queues.get(file) === settled) queues.delete(file);
  });
  return run;
}
