/** Windows-1252's characters for the bytes 0x80-0x9F (the five it leaves undefined stay C1). */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

const C1 = /[\u0080-\u009f]/g;

/**
 * Bytes decoded in a WHATWG encoding. Node 20's TextDecoder reads `windows-1252` (and so
 * `iso-8859-1`, its label) as ISO-8859-1, leaving 0x80-0x9F as C1 controls: those are mapped to
 * Windows-1252's characters (€, “, ”, …) here.
 *
 * @throws TypeError when `fatal` is set and the bytes are not valid in the encoding
 */
export function decodeBytes(encoding: string, bytes: Uint8Array, fatal = false): string {
  const text = new TextDecoder(encoding, { fatal }).decode(bytes, { stream: fatal });
  if (encoding !== "windows-1252") return text;
  return text.replace(C1, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}
