/**
 * Resolves when Ink can render: its layout engine (yoga, WebAssembly) is loaded. Unbundled,
 * `yoga-layout` loads it with top-level await, so Ink is ready once imported; the bundle loads
 * it without (a CommonJS bundle cannot hold top-level await) and replaces this module with one
 * that waits for that (see `src/bundle/`).
 */
export function inkReady(): Promise<void> {
  return Promise.resolve();
}
