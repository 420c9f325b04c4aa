import { createRequire } from "node:module";

const manifest = createRequire(import.meta.url)("../../package.json") as { version: string };

/** `Broadsheet/<version>`: a polite client names itself, so that a site can tell who reads it. */
export const USER_AGENT = `Broadsheet/${manifest.version} (terminal news reader)`;
