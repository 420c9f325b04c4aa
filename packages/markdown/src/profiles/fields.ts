import type { Article } from "@broadsheet/article";
import { toYaml } from "../front-matter/to-yaml.js";

/** The authors' names. */
export function authorNames(article: Pick<Article, "author">): string[] {
  return (article.author ?? []).map((author) => author.name);
}

/** Author names from front matter (one name or a list of them) as model authors. */
export function authorsFromNames(value: unknown): unknown {
  if (value === undefined) return undefined;
  return (Array.isArray(value) ? value : [value]).map((name) => ({ name }));
}

/** The first item of a front matter list (or the value itself when it is not a list). */
export function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

const ISO = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:\d{2})$/;
const JEKYLL = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?) ([+-]\d{2})(\d{2})$/;

/**
 * A model date-time (`2025-03-03T11:20:00+01:00`) in Jekyll's documented front matter form,
 * `2025-03-03 11:20:00 +0100`, in its own offset (`Z` is `+0000`).
 */
export function toJekyllDate(iso: string): string {
  const match = ISO.exec(iso);
  if (!match) return iso;
  const [, date, time, zone = ""] = match;
  return `${date} ${time} ${zone === "Z" ? "+0000" : zone.replace(":", "")}`;
}

/** A Jekyll date back in the model's form; anything else as it is. */
export function fromJekyllDate(value: unknown): unknown {
  const match = typeof value === "string" ? JEKYLL.exec(value) : null;
  return match ? `${match[1]}T${match[2]}${match[3]}:${match[4]}` : value;
}

/** The fields without undefined values, empty lists or empty objects (nested ones compacted). */
function compact(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    let value = fields[key];
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      value = compact(value as Record<string, unknown>);
      if (Object.keys(value as object).length === 0) continue;
    }
    if (value !== undefined && (!Array.isArray(value) || value.length > 0)) out[key] = value;
  }
  return out;
}

/**
 * A site generator's front matter: fields in order, empty ones left out, every string
 * double-quoted (the form every target's YAML reader agrees on). `break dashes`: `---` in a
 * value as `--\x2D`, since Forem's front matter ends at any `---`.
 */
export function yamlHead(fields: Record<string, unknown>, dashes?: "break dashes"): string {
  const yaml = toYaml(compact(fields), { quote: "all" });
  return `---\n${dashes ? yaml.replace(/---/g, "--\\x2D") : yaml}---\n\n`;
}
