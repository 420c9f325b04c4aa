import path from "node:path";

/**
 * The content folder the site is built from: `BROADSHEET_CONTENT` if set (relative to the
 * working directory), otherwise the repository's `content/` beside `apps/`.
 */
export function contentDir(cwd: string = process.cwd()): string {
  const configured = process.env.BROADSHEET_CONTENT;
  return configured ? path.resolve(cwd, configured) : path.resolve(cwd, "../../content");
}
