import { defineConfig } from "vitest/config";

/**
 * Property and every-code-unit tests run thousands of cases; under CI, beside every other
 * package's tests on two cores, some take several seconds. The default 5 s would fail them for
 * load, not for a wrong answer.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
  },
});
