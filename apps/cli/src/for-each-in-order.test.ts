import { describe, expect, it } from "vitest";
import { forEachInOrder } from "./for-each-in-order.js";

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("forEachInOrder", () => {
  it("commits in the items' order however long each takes, never over the limit", async () => {
    const items = Array.from({ length: 40 }, (_, n) => n);
    const committed: number[] = [];
    let inFlight = 0;
    let most = 0;
    await forEachInOrder(
      items,
      3,
      async (n) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await tick((n * 7) % 5);
        return n;
      },
      async (n) => {
        committed.push(n);
        await tick(n % 3);
        inFlight--;
      },
    );
    expect(committed).toEqual(items);
    expect(most).toBeLessThanOrEqual(3);
    expect(inFlight).toBe(0);
  });

  it("takes items that need no waiting straight through, yet lets other work stop it on the way", async () => {
    const committed: number[] = [];
    let stop = false;
    setImmediate(() => {
      stop = true;
    });
    await forEachInOrder(
      Array.from({ length: 10_000 }, (_, n) => n),
      8,
      (n) => n,
      (n) => {
        committed.push(n);
      },
      () => stop,
    );
    expect(committed.length).toBeGreaterThan(0);
    expect(committed.length).toBeLessThan(10_000);
    expect(committed).toEqual(committed.map((_, n) => n));
  });

  it("takes no new items once stopped, and finishes those in hand", async () => {
    const committed: number[] = [];
    await forEachInOrder(
      Array.from({ length: 100 }, (_, n) => n),
      4,
      async (n) => n,
      (n) => {
        committed.push(n);
      },
      () => committed.length >= 10,
    );
    expect(committed.length).toBeGreaterThanOrEqual(10);
    expect(committed.length).toBeLessThan(20);
    expect(committed).toEqual(committed.map((_, index) => index));
  });

  it("rejects with the first error of either step", async () => {
    await expect(
      forEachInOrder(
        [1, 2, 3],
        2,
        async (n) => n,
        (n) => {
          if (n === 2) throw new Error("boom");
        },
      ),
    ).rejects.toThrow("boom");
    await expect(
      forEachInOrder(
        [1, 2, 3],
        2,
        async (n) => {
          if (n === 3) throw new Error("bang");
          return n;
        },
        () => {},
      ),
    ).rejects.toThrow("bang");
  });

  it("does nothing for no items", async () => {
    let calls = 0;
    await forEachInOrder(
      [],
      4,
      async () => calls++,
      () => {},
    );
    expect(calls).toBe(0);
  });
});
