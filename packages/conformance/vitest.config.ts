import { defineConfig } from "vitest/config";

/**
 * Each test builds a real site (Hugo, Jekyll, Eleventy, Astro) or runs a real parser over a
 * whole corpus; an Astro build alone takes several seconds on two cores.
 */
export default defineConfig({
  test: {
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
