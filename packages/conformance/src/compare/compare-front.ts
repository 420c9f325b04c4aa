import type { ExpectedFront } from "../expected/expected-front.js";
import type { FrontRead } from "../platforms/platform.js";
import type { LeafDifference } from "./compare-leaves.js";

const DATE_FIELDS = new Set(["date", "modified"]);

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === "" ||
    (Array.isArray(value) && value.length === 0)
  );
}

function comparable(field: string, value: unknown): string | undefined {
  if (isEmpty(value)) return undefined;
  if (DATE_FIELDS.has(field)) {
    const time = Date.parse(String(value));
    return Number.isNaN(time)
      ? `not a date: ${JSON.stringify(value)}`
      : new Date(time).toISOString();
  }
  return JSON.stringify(value);
}

/**
 * Compares the front matter a platform read with what it should read: dates as instants,
 * everything else exactly; an empty value is the same as none; a field the platform fills in
 * itself is not compared when the article has none.
 */
export function compareFront(
  expected: ExpectedFront,
  got: FrontRead | undefined,
): LeafDifference[] {
  const out: LeafDifference[] = [];
  for (const [field, value] of Object.entries(expected.fields)) {
    const want = comparable(field, value);
    const have = comparable(field, (got as Record<string, unknown> | undefined)?.[field]);
    if (want === undefined && expected.defaulted.includes(field as keyof FrontRead)) continue;
    if (want !== have) {
      out.push({
        block: -1,
        what: `front: ${field}`,
        expected: want ?? "(none)",
        got: have ?? "(none)",
      });
    }
  }
  return out;
}
