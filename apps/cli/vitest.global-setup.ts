import { bundle } from "./build.mjs";

/** Builds dist/broadsheet.js from the current sources, so the binary tests never run a stale bundle. */
export default async function setup(): Promise<void> {
  await bundle();
}
