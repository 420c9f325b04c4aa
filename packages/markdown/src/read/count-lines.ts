/** How many line breaks a piece of source holds. */
export function countLines(source: string): number {
  let count = 0;
  for (let index = source.indexOf("\n"); index !== -1; index = source.indexOf("\n", index + 1))
    count++;
  return count;
}
