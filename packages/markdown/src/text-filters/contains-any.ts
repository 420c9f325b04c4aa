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
