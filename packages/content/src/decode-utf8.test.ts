import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "./decode-utf8.js";

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeUtf8", () => {
  it("decodes UTF-8 and drops a byte order mark", () => {
    expect(decodeUtf8(utf8("São Paulo — 東京 🙂"))).toEqual({
      ok: true,
      text: "São Paulo — 東京 🙂",
    });
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ ok: true, text: "A" });
  });

  it("finds the first bad byte and its line", () => {
    const latin1 = bytes(...utf8("one\ntwo\nS"), 0xe3, ...utf8("o Paulo\n"));
    expect(decodeUtf8(latin1)).toEqual({ ok: false, offset: 9, byte: 0xe3, line: 3 });
  });

  it("rejects overlong forms, surrogates, code points past U+10FFFF and cut-off sequences", () => {
    for (const bad of [
      bytes(0xc0, 0x80),
      bytes(0xe0, 0x80, 0x80),
      bytes(0xed, 0xa0, 0x80),
      bytes(0xf4, 0x90, 0x80, 0x80),
      bytes(0xf5, 0x80, 0x80, 0x80),
      bytes(0x41, 0xe2, 0x82),
      bytes(0x80),
    ]) {
      const result = decodeUtf8(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.offset).toBe(bad[0] === 0x41 ? 1 : 0);
    }
  });
});
