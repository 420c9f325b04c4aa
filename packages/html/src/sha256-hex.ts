import { createHash } from "node:crypto";

/** The SHA-256 of the text's UTF-8 bytes (or of the bytes), as 64 lowercase hex digits. */
export function sha256Hex(input: string | Uint8Array): string {
  return createHash("sha256").update(input).digest("hex");
}
