/**
 * JSON for an inline `<script>`: `<`, `>`, `&` and the JS line separators are escaped as `\uXXXX`,
 * so no string in the data can close the script element or open a comment.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => {
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
