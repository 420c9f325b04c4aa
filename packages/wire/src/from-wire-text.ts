import type { Article, Block } from "@broadsheet/article";
import { decodeWireText } from "./decode-wire-text.js";
import { readBody } from "./read-body.js";
import { readHeader } from "./read-header.js";
import { readHeadline } from "./read-headline.js";
import { resolveWarnings } from "./resolve-warnings.js";
import { sha256Hex } from "./sha256-hex.js";
import { splitChunks } from "./split-chunks.js";
import { takeDateline } from "./take-dateline.js";
import { toWireLines } from "./to-wire-lines.js";
import type { WireNote } from "./wire-rule.js";
import { wireSlug } from "./wire-slug.js";

/** The importer name recorded in `isBasedOn.importer`. */
export const WIRE_IMPORTER = "broadsheet-wire/1";

/** The headline given to an article whose text has none. */
export const UNTITLED = "Untitled";

/**
 * Imports plain-text wire copy as an article. Recovers the headline (the first line), the byline
 * (`author`), the dek (`alternativeHeadline`), the dateline (taken out of the lead), subheads,
 * lists, block quotes with attributions, dividers and paragraphs (hard-wrapped lines joined).
 * Every low-confidence decision, and every character removed to make the text valid, is recorded
 * in `isBasedOn.warnings` with the index of the body block it concerns.
 *
 * Never throws, and the result always satisfies the `Article` schema. Text without a headline gets
 * the headline "Untitled", and an article without body text gets a divider as its only block; both
 * come with a warning. `id` is `wire-` and the first 12 hex digits of the input's SHA-256, which
 * is also the slug when the headline yields none. Runs in time linear in the input's length.
 */
export function fromWireText(text: string): Article {
  const sha256 = sha256Hex(text);
  const id = `wire-${sha256.slice(0, 12)}`;
  const decoded = decodeWireText(text);
  const split = splitChunks(toWireLines(decoded.lines));
  const top = readHeadline(split.chunks);
  const header = readHeader(top.chunks, top.headline);
  const lead = takeDateline(header.chunks);
  const body = readBody(lead.chunks, top.headline);
  const notes: WireNote[] = [
    ...decoded.notes,
    ...split.notes,
    ...top.notes,
    ...header.notes,
    ...lead.notes,
    ...body.notes,
  ];
  let blocks: Block[] = body.nodes.map((node) => node.block);
  if (split.chunks.length === 0) {
    notes.push({
      rule: "empty-input",
      note: `The input holds no text; the article has the placeholder headline "${UNTITLED}" and a divider as its only block.`,
      line: 0,
    });
    blocks = [{ type: "divider" }];
  } else if (blocks.length === 0) {
    notes.push({
      rule: "empty-body",
      note: "No body text was found after the headline; the body holds a divider as its only block.",
      line: Number.MAX_SAFE_INTEGER,
    });
    blocks = [{ type: "divider" }];
  }
  const headline = top.headline ?? UNTITLED;
  return {
    schemaVersion: 1,
    id,
    slug: top.headline === undefined ? id : wireSlug(headline, id),
    headline,
    ...(header.alternativeHeadline !== undefined
      ? { alternativeHeadline: header.alternativeHeadline }
      : {}),
    ...(header.author !== undefined ? { author: header.author } : {}),
    ...(lead.dateline !== undefined ? { dateline: lead.dateline } : {}),
    isBasedOn: {
      format: "wire-text",
      sha256,
      importer: WIRE_IMPORTER,
      warnings: resolveWarnings(notes, body.nodes),
    },
    body: blocks,
  };
}
