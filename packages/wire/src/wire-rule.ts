/**
 * The rule names of the wire importer's warnings, one per kind of decision an editor may want to
 * check. Each appears in `isBasedOn.warnings[].rule`.
 */
export const WIRE_RULES = [
  "empty-input",
  "invalid-unicode",
  "control-character",
  "bidi-control",
  "paragraph-per-line",
  "headline-missing",
  "headline-guess",
  "repeated-headline",
  "byline-role",
  "dek-guess",
  "dateline-guess",
  "subhead-guess",
  "blockquote-guess",
  "list-nesting",
  "end-mark",
  "empty-body",
] as const;

/** One of the wire importer's rule names. */
export type WireRule = (typeof WIRE_RULES)[number];

/**
 * A warning while it is being collected: the rule, a note for the editor, and the source line it
 * concerns (0 for the whole document), from which the body block is found at the end.
 */
export interface WireNote {
  rule: WireRule;
  note: string;
  line: number;
}
