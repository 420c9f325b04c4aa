import type { Block } from "@broadsheet/article";

/** The fields of blocks and spans that hold running text; `text` is a span's. */
const TEXT_FIELDS = new Set(
  "text alt caption credit title attribution fallback provider".split(" "),
);

function mapFields(value: unknown, map: (text: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => mapFields(item, map));
  if (typeof value !== "object" || value === null) return value;
  if ("marks" in value && Array.isArray(value.marks) && value.marks.includes("code")) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [
      key,
      typeof field === "string"
        ? TEXT_FIELDS.has(key)
          ? map(field)
          : field
        : mapFields(field, map),
    ]),
  );
}

/** The block with every piece of running text mapped (alt text, captions, titles; not code). */
export function mapBlockText(block: Block, map: (text: string) => string): Block {
  return mapFields(block, map) as Block;
}
