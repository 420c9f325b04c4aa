/**
 * The fields without undefined values, empty lists or empty objects (nested objects compacted
 * too), so front matter never holds a key with nothing in it.
 */
export function compact(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = Object.keys(fields);
  for (let position = 0; position < keys.length; position++) {
    const key = keys[position] as string;
    const value = fields[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) out[key] = value;
      continue;
    }
    if (typeof value === "object" && value !== null) {
      const inner = compact(value as Record<string, unknown>);
      if (!isEmpty(inner)) out[key] = inner;
      continue;
    }
    out[key] = value;
  }
  return out;
}

function isEmpty(record: Record<string, unknown>): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return false;
  return true;
}
