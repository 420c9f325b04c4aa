import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants.js";

/**
 * Production is a static export (`out/`). `trailingSlash: false` keeps the canonical URLs of the
 * content (`/articles/<slug>`), exported as `out/articles/<slug>.html`, which the host serves
 * for the extension-less path. The Markdown alternates are exported under `/markdown/<slug>.md`
 * and moved to `/articles/<slug>.md` by `scripts/postexport.mjs`; the dev server (no export, so
 * rewrites are allowed) rewrites the public path to the route instead. `BROADSHEET_OUT_DIR`
 * exports somewhere other than `out/` (the end-to-end tests build the hostile article there).
 * The OpenGraph renderer's packages stay outside the bundle: resvg is a native addon.
 * `light-dark()` is never down-levelled: the stylesheet does not use it (dark mode is a
 * `prefers-color-scheme` query, which every target browser has), and down-levelling it makes
 * lightningcss add two fallback custom properties to every `color-scheme` declaration.
 */
export default function nextConfig(phase: string): NextConfig {
  const shared: NextConfig = {
    trailingSlash: false,
    images: { unoptimized: true },
    poweredByHeader: false,
    reactStrictMode: true,
    experimental: { globalNotFound: true, lightningCssFeatures: { exclude: ["light-dark"] } },
    typescript: { ignoreBuildErrors: true },
    serverExternalPackages: ["@resvg/resvg-js", "satori", "better-sqlite3"],
  };
  if (phase === PHASE_DEVELOPMENT_SERVER) {
    return {
      ...shared,
      async rewrites() {
        return [{ source: "/articles/:file(.+\\.md)", destination: "/markdown/:file" }];
      },
    };
  }
  const outDir = process.env.BROADSHEET_OUT_DIR;
  return { ...shared, output: "export", ...(outDir ? { distDir: outDir } : {}) };
}
