import { fileURLToPath } from "node:url";

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** The web app (`apps/web`), whose build and server the web benchmarks run. */
export const WEB_APP = fileURLToPath(new URL("../../../apps/web/", import.meta.url));

/**
 * Where the web benchmarks put the sites they build: inside the workspace (Next refuses a
 * `distDir` outside it) and git-ignored (`bench/results/`), so `apps/web/out` is never touched.
 */
export const WEB_RESULTS = fileURLToPath(new URL("../../results/web/", import.meta.url));
