import { describe, expect, it } from "vitest";
import { mapWithLimit } from "./map-with-limit.js";

describe("mapWithLimit", () => {
  it("keeps the order and never runs more than the limit at once", async () => {
    let running = 0;
    let most = 0;
    const result = await mapWithLimit([5, 1, 4, 2, 3, 0], 2, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((done) => setTimeout(done, n));
      running--;
      return n * 10;
    });
    expect(result).toEqual([50, 10, 40, 20, 30, 0]);
    expect(most).toBe(2);
  });

  it("handles an empty list", async () => {
    expect(await mapWithLimit([], 4, async (n: number) => n)).toEqual([]);
  });
});
