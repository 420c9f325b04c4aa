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
  if (typeof value !== "string") return value;
  const match = JEKYLL.exec(value);
  if (!match) return value;
  const [, date, time, hours, minutes] = match;
  return `${date}T${time}${hours}:${minutes}`;
}
