import type { ImportWarning } from "@broadsheet/article";

/** One importer guess for an editor to check: `warning: body[3] subhead-guess: …`. */
export function formatImportWarning(warning: ImportWarning): string {
  const where = warning.block === undefined ? "" : `body[${warning.block}] `;
  return `warning: ${where}${warning.rule}: ${warning.note}`;
}
