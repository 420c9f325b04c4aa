import type { Inline } from "@broadsheet/article";

const QUIET_PROSE = /^[\p{L}\p{M}\p{N} ,.;'’‘“”"?()%/—–-]*$/u;
const ACTIVE_START = /^(?:\p{N}+[.)]|[-+])/u;

/**
 * The text of inline content that no Markdown reader can see syntax in, written as it is: one
 * unmarked, unlinked span of letters, digits, spaces and quiet punctuation that does not start a
 * list item, has no edge or double spaces, and holds no `www.` autolink. Undefined otherwise, and
 * the full escaping renderer decides.
 */
export function plainRun(content: Inline): string | undefined {
  if (content.length !== 1) return undefined;
  const span = content[0];
  if (!span || span.marks !== undefined || span.href !== undefined) return undefined;
  const text = span.text;
  if (!QUIET_PROSE.test(text) || ACTIVE_START.test(text)) return undefined;
  if (text.startsWith(" ") || text.endsWith(" ") || text.includes("  ")) return undefined;
  if (/www\./i.test(text)) return undefined;
  return text;
}
