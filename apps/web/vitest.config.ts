import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["**/*.test.{ts,tsx}"],
    exclude: ["node_modules/**", "out/**", ".next/**", ".hostile-out/**"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
