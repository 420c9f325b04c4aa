declare const __BROADSHEET_VERSION__: string | undefined;

/** The CLI's version: package.json's, inlined by build.mjs; `0.0.0-dev` when run unbundled. */
export const VERSION: string =
  typeof __BROADSHEET_VERSION__ === "string" ? __BROADSHEET_VERSION__ : "0.0.0-dev";
