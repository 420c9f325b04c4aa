import { defineConfig } from "vitest/config";

/**
 * The fetch tests start HTTP servers on 127.0.0.1 and wait out real time-outs; on two loaded
 * cores the default 5 s would fail them for load, not for a wrong answer.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
  },
});
