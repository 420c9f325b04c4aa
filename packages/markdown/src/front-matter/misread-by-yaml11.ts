import { Document } from "yaml";
import { anyOf } from "./any-of.js";

const STRING_TAG = "tag:yaml.org,2002:str";

/**
 * The YAML 1.1 resolvers' patterns, and the plain scalars Ruby's YAML (Psych, used by Jekyll)
 * also reads as something other than text: a leading `:` (a symbol) and a lone `=`.
 */
export const YAML11_LOOKALIKES: readonly RegExp[] = [
  ...new Document(null, {
    version: "1.1",
  }).schema.tags.flatMap((tag) =>
    tag.default && tag.tag !== STRING_TAG && tag.test ? [tag.test] : [],
  ),
  /^:/,
  /^=$/,
];

const MISREAD = anyOf(YAML11_LOOKALIKES);

/**
 * Whether a YAML 1.1 reader (Jekyll, PyYAML) would read this string, written unquoted, as a
 * boolean, number, date, null or other non-text value: `yes`, `off`, `12:30`, `2024-08-06`, `~`.
 */
export function misreadByYaml11(text: string): boolean {
  return MISREAD.test(text);
}
