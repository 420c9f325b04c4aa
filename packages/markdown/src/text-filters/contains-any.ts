/**
 * A sketch test that is true where the sketch holds any of the given texts: one fast substring
 * search each, instead of a pattern tried at every character.
 */
export function containsAny(...texts: readonly string[]): (sketch: string) => boolean {
  return (sketch) => {
    for (const text of texts) if (sketch.includes(text)) return true;
    return false;
  };
}

/** Below this length a sketch is tested with one pattern call, cheaper than several searches. */
const SHORT_SKETCH = 64;

/**
 * A sketch test that is the pattern's, run as the pattern on short sketches and as `search`
 * (which must find exactly what the pattern finds) on long ones, where a pattern tried at every
 * character costs more than a few substring searches.
 */
export function byLength(
  pattern: RegExp,
  search: (sketch: string) => boolean,
): (sketch: string) => boolean {
  return (sketch) => (sketch.length < SHORT_SKETCH ? pattern.test(sketch) : search(sketch));
}
