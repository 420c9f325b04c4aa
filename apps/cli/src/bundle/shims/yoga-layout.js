/**
 * `yoga-layout` for the bundle: the same layout engine, loaded without top-level await (which a
 * CommonJS bundle cannot hold). Loading starts when this module is first evaluated; the default
 * export is the engine once `whenLoaded` has resolved, and Ink only uses it after that.
 */
import { loadYoga } from "yoga-layout/load";

export * from "yoga-layout/load";

let yoga;

/** Resolves when the engine is loaded. */
export const whenLoaded = loadYoga().then((loaded) => {
  yoga = loaded;
});

export { yoga as default };
