import { Bench } from "tinybench";

/** One measured task: what it did, how big its input was, and its mean time per run. */
export interface Measurement {
  name: string;
  bytes: number;
  msPerRun: number;
}

/**
 * Times each task with tinybench in one run (so the figures are comparable) and returns the mean
 * time per run. Each task's input size is used for MB/s.
 */
export async function measure(
  tasks: { name: string; bytes: number; run: () => unknown }[],
  timeMs = 700,
): Promise<Measurement[]> {
  const bench = new Bench({ time: timeMs, warmupTime: 150 });
  for (const task of tasks) bench.add(task.name, task.run);
  await bench.run();
  return tasks.map((task, index) => {
    const result = bench.tasks[index]?.result;
    if (!result || !("period" in result))
      throw new Error(`benchmark ${task.name} did not complete`);
    return { name: task.name, bytes: task.bytes, msPerRun: result.period };
  });
}
