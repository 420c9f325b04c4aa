import { defineConfig } from "vitest/config";

/**
 * Property and every-code-unit tests run thousands of cases; under CI, beside every other
 * package's tests on two cores, some take several seconds. The default 5 s would fail them for
 * load, not for a wrong answer.
 *
 * Every test runs twice: with the writer's fast path, and without it (test-without-fast-paths.ts
 * turns it off), so that the two write the same. The timing tests run once, on the fast path.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: "fast paths" } },
      {
        extends: true,
        test: {
          name: "no fast paths",
          setupFiles: ["./src/test-without-fast-paths.ts"],
          exclude: ["**/node_modules/**", "**/*linear-time.test.ts"],
        },
      },
    ],
  },
});
