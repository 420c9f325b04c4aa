/** The first item of a front matter list (or the value itself when it is not a list). */
export function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}
