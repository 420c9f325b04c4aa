import { defineConfig } from "vitest/config";

/**
 * The index tests write and refresh folders of hundreds of articles, and some start a second
 * process; under CI, beside every other package's tests on two cores, that takes several
 * seconds. The default 5 s would fail them for load, not for a wrong answer.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
  },
});
