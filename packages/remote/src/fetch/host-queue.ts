/**
 * At most `perHost` requests in flight to one host (host and port) at a time; the others wait
 * their turn, first come first served.
 */
export class HostQueue {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(readonly perHost = 4) {
    if (!Number.isInteger(perHost) || perHost < 1) {
      throw new RangeError(`perHost must be a whole number of at least 1, not ${perHost}`);
    }
  }

  /**
   * Runs `task` when the host has a free place, and frees it when the task settles.
   *
   * @param host - `url.host`
   * @param task - the request, from its start to its last byte read
   * @param signal - gives up waiting (with the signal's reason) when aborted
   */
  async run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(host, signal);
    try {
      return await task();
    } finally {
      this.release(host);
    }
  }

  private acquire(host: string, signal: AbortSignal | undefined): Promise<void> {
    signal?.throwIfAborted();
    const count = this.active.get(host) ?? 0;
    if (count < this.perHost) {
      this.active.set(host, count + 1);
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        const queue = this.waiting.get(host) ?? [];
        const index = queue.indexOf(waiter);
        if (index !== -1) queue.splice(index, 1);
        reject(signal?.reason);
      };
      const waiter = (): void => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      const queue = this.waiting.get(host);
      if (queue === undefined) this.waiting.set(host, [waiter]);
      else queue.push(waiter);
    });
  }

  private release(host: string): void {
    const next = this.waiting.get(host)?.shift();
    if (next !== undefined) {
      next();
      return;
    }
    this.waiting.delete(host);
    const count = (this.active.get(host) ?? 1) - 1;
    if (count === 0) this.active.delete(host);
    else this.active.set(host, count);
  }
}
