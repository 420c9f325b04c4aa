import { decodeText } from "./decode-text.js";

/** What an image title carries: the credit, then ` | WIDTHxHEIGHT` (either number may be left out). */
export interface ImageTitle {
  credit?: string;
  width?: number;
  height?: number;
}

const TITLE = /^(?:([\s\S]*) \| )?(?:(\d+)x(\d*)|x(\d+))$/;

/** Reads an image title as written (escapes and references not yet resolved). */
export function parseImageTitle(raw: string): ImageTitle {
  const match = TITLE.exec(raw);
  if (!match) return raw === "" ? {} : { credit: decodeText(raw) };
  const [, credit, width, height, heightOnly] = match;
  const title: ImageTitle = {};
  if (credit !== undefined) title.credit = decodeText(credit);
  if (width) title.width = Number(width);
  if (height || heightOnly) title.height = Number(height || heightOnly);
  return title;
}
