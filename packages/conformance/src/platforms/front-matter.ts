import { parse } from "yaml";
import type { FrontRead } from "./platform.js";

const FRONT = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits a file into its YAML front matter (when it starts with one) and its body. */
export function splitFrontMatter(markdown: string): { yaml?: string; body: string } {
  const match = FRONT.exec(markdown);
  if (match === null) return { body: markdown };
  return { yaml: match[1] ?? "", body: markdown.slice(match[0].length) };
}

function splitList(value: unknown): unknown {
  return typeof value === "string" ? value.split(",").map((tag) => tag.trim()) : value;
}

/** The fields dev.to reads from its front matter (`tags` a comma-separated list). */
export function devtoFront(data: Record<string, unknown>): FrontRead {
  return {
    title: data.title,
    description: data.description,
    tags: splitList(data.tags),
    canonicalUrl: data.canonical_url,
    image: data.cover_image,
  };
}

/**
 * The fields Hashnode reads from a file published from GitHub, read with the `yaml` package
 * (YAML 1.2 core schema): `tags` a comma-separated list, `canonical`, `seoDescription`.
 */
export function hashnodeFront(yamlText: string): FrontRead {
  const data = (parse(yamlText) ?? {}) as Record<string, unknown>;
  return {
    title: data.title,
    subtitle: data.subtitle,
    slug: data.slug,
    tags: splitList(data.tags),
    canonicalUrl: data.canonical,
    description: data.seoDescription,
  };
}
