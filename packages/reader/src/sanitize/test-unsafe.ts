/**
 * Whether text holds anything that must never reach the terminal: a C0 control other than the
 * newline (tabs included), DEL, a C1 control, or a bidi embedding, override or isolate. Written
 * with code ranges, independently of the sanitizer, for tests.
 */
export function containsUnsafe(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 && code !== 0x0a) return true;
    if (code >= 0x7f && code <= 0x9f) return true;
    if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return true;
  }
  return false;
}
