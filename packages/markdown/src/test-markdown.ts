/** A minimal valid front matter, 4 lines long, for tests that are about the body. */
export const FRONT = "---\nid: a\nslug: a\nheadline: A headline\n---\n";

/** The first body line of a document that starts with FRONT and a blank line. */
export const BODY_LINE = 7;

/** A document with FRONT, a blank line, then the given body lines. */
export function withFront(...body: string[]): string {
  return `${FRONT}\n${body.join("\n")}\n`;
}
