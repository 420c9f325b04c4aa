import { toYaml } from "../front-matter/to-yaml.js";
import { compact } from "./compact.js";

/** How a profile's front matter is written beyond YAML itself. */
export interface YamlHeadOptions {
  /**
   * Write `---` inside a value as `--\x2D` (a YAML escape): Forem finds the end of the front
   * matter with a regular expression that stops at any `---`.
   */
  breakDashes?: boolean;
}

/**
 * A YAML front matter block for a site generator: fields in the given order, empty ones left out,
 * every string double-quoted (JSON-style escapes, the form every target's YAML reader agrees on).
 */
export function yamlHead(fields: Record<string, unknown>, options: YamlHeadOptions = {}): string {
  let yaml = toYaml(compact(fields), { quote: "all" });
  if (options.breakDashes) yaml = yaml.replace(/---/g, "--\\x2D");
  return `---\n${yaml}---\n\n`;
}
