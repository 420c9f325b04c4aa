/** Items taken in one go before other work (a signal, a progress bar) gets a turn. */
const YIELD_EVERY = 256;

/** `prepare(item)`, or a rejected promise when it throws. */
function settle<T, P>(prepare: (item: T) => P | Promise<P>, item: T): P | Promise<P> {
  try {
    return prepare(item);
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * Streams items through two steps with at most `limit` items in flight at once: `prepare`
 * (convert; a promise when it reads) runs ahead, and `commit` receives the prepared items
 * strictly in the items' order (so first-come decisions, like which of two files keeps a name,
 * do not depend on timing); the promise `commit` returns (a write) still counts against the
 * limit until it settles. An item that neither step returns a promise for goes through without
 * waiting, and other work still gets a turn every few hundred items. Memory stays bounded by `limit` whatever the number of items. Stops taking new items
 * once `stopped()` is true, and finishes those already in flight. Rejects with the first error
 * either step throws.
 */
export async function forEachInOrder<T, P>(
  items: readonly T[],
  limit: number,
  prepare: (item: T) => P | Promise<P>,
  commit: (prepared: P) => Promise<void> | undefined | void,
  stopped: () => boolean = () => false,
): Promise<void> {
  const queue: (P | Promise<P>)[] = [];
  const running = new Set<Promise<void>>();
  let next = 0;
  const fill = () => {
    while (next < items.length && queue.length + running.size < limit && !stopped()) {
      const prepared = settle(prepare, items[next++] as T);
      // Handled when its turn comes; this only keeps Node from reporting it early.
      if (prepared instanceof Promise) prepared.catch(() => {});
      queue.push(prepared);
    }
  };
  fill();
  let unbroken = 0;
  while (queue.length > 0) {
    const head = queue.shift() as P | Promise<P>;
    const committed = commit(head instanceof Promise ? await head : head);
    if (++unbroken >= YIELD_EVERY) {
      unbroken = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (committed instanceof Promise) {
      const task: Promise<void> = committed.finally(() => {
        running.delete(task);
      });
      task.catch(() => {});
      running.add(task);
      while (running.size >= limit) await Promise.race(running);
    }
    fill();
  }
  await Promise.all(running);
}
