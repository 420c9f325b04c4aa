import { joinLines } from "./join-lines.js";
import type { WireChunk } from "./split-chunks.js";

/** The text of a chunk with its hard-wrapped lines joined. */
export function chunkText(chunk: WireChunk): string {
  return joinLines(chunk.map((line) => line.text));
}
