import { readFileSync } from "node:fs";

/** One string of the hostile corpus (corpus/hostile-strings.json), with its group and name. */
export interface HostileString {
  group: string;
  name: string;
  text: string;
}

const corpus: Record<string, Record<string, string>> = JSON.parse(
  readFileSync(new URL("../corpus/hostile-strings.json", import.meta.url), "utf8"),
);

/** Groups of text the model accepts: every one goes into every text context of an article. */
export const TEXT_GROUPS = [
  "block-starters",
  "inline-syntax",
  "autolinks",
  "hard-breaks",
  "unicode",
  "yaml-breakers",
  "prose",
] as const;

/** Every group of the corpus file, by name. */
export const GROUPS = Object.keys(corpus);

/** The strings of the given groups, in file order. */
export function hostileStrings(...groups: readonly string[]): HostileString[] {
  return groups.flatMap((group) =>
    Object.entries(corpus[group] ?? {}).map(([name, text]) => ({ group, name, text })),
  );
}
