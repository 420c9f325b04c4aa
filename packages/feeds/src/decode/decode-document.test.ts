import { describe, expect, it } from "vitest";
import { FeedError } from "../feed-error.js";
import { decodeDocument } from "./decode-document.js";

const encode = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from([...text].map((char) => char.charCodeAt(0)));

describe("decodeDocument", () => {
  it("takes the charset of the Content-Type header first", () => {
    const bytes = latin1('<?xml version="1.0" encoding="utf-8"?><rss>caf\u00e9</rss>');
    const decoded = decodeDocument(bytes, "application/rss+xml; charset=ISO-8859-1");
    expect(decoded).toMatchObject({ encoding: "windows-1252", source: "header" });
    expect(decoded.text).toContain("café");
  });

  it("reads iso-8859-1 as windows-1252, as browsers do", () => {
    const bytes = Uint8Array.from([0x3c, 0x61, 0x3e, 0x80, 0x93, 0x94, 0x3c, 0x2f, 0x61, 0x3e]);
    expect(decodeDocument(bytes, "text/xml; charset=iso-8859-1").text).toBe("<a>€“”</a>");
  });

  it("takes a byte order mark when no header says", () => {
    const utf8 = Uint8Array.from([0xef, 0xbb, 0xbf, ...encode("<feed>é</feed>")]);
    expect(decodeDocument(utf8)).toMatchObject({ text: "<feed>é</feed>", source: "bom" });
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x3c, 0x00, 0x61, 0x00, 0x3e, 0x00]);
    expect(decodeDocument(utf16)).toMatchObject({ text: "<a>", encoding: "utf-16le" });
  });

  it("takes the XML declaration, then <meta charset>", () => {
    const xml = latin1('<?xml version="1.0" encoding="windows-1252"?><rss>\u0080</rss>');
    expect(decodeDocument(xml)).toMatchObject({
      source: "declaration",
      text: expect.stringContaining("€"),
    });
    const koi8 = Uint8Array.from([...encode('<meta charset="koi8-r"><p>'), 0xd0, 0xd2, 0xc9]);
    expect(decodeDocument(koi8).text).toBe('<meta charset="koi8-r"><p>при');
  });

  it("reads Shift_JIS, EUC-KR and KOI8-R by their labels", () => {
    const sjis = Uint8Array.from([0x82, 0xa0, 0x93, 0xfa, 0x96, 0x7b]);
    expect(decodeDocument(sjis, "text/xml; charset=Shift_JIS").text).toBe("あ日本");
    const euckr = Uint8Array.from([0xc7, 0xd1, 0xb1, 0xdb]);
    expect(decodeDocument(euckr, "text/xml; charset=euc-kr").text).toBe("한글");
    const koi8 = Uint8Array.from([0xeb, 0xcf, 0xd4]);
    expect(decodeDocument(koi8, "text/xml; charset=koi8-r").text).toBe("Кот");
  });

  it("reads undeclared UTF-8 as UTF-8", () => {
    expect(decodeDocument(encode("<rss>naïve 日本</rss>"))).toMatchObject({
      encoding: "utf-8",
      source: "sniff",
    });
  });

  it("sniffs undeclared legacy bytes by how the text reads", () => {
    const sentence = (encoding: string, text: string) =>
      decodeDocument(Uint8Array.from(Buffer.from(text, "latin1"))).encoding === encoding;
    expect(sentence("windows-1252", "<p>Cora\u00e7\u00e3o de ma\u00e7\u00e3 e p\u00e3o</p>")).toBe(
      true,
    );
    const russian = Uint8Array.from([
      ...encode("<p>"),
      ...[0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, 0x20, 0xcd, 0xc9, 0xd2],
      ...encode("</p>"),
    ]);
    expect(decodeDocument(russian)).toMatchObject({
      encoding: "koi8-r",
      text: "<p>Привет мир</p>",
    });
  });

  it("does not believe a declared utf-8 over bytes that are not UTF-8, and says so", () => {
    const bytes = latin1(
      '<?xml version="1.0" encoding="utf-8"?><rss>Jos\u00e9 \u00e0 S\u00e3o Paulo</rss>',
    );
    const decoded = decodeDocument(bytes);
    expect(decoded.text).toContain("José à São Paulo");
    expect(decoded.warnings).toEqual([
      "the declaration says utf-8, but the bytes are not UTF-8: read as windows-1252",
    ]);
  });

  it("reads UTF-8 declared as ISO-8859-1 as UTF-8, and says so", () => {
    const bytes = encode('<?xml version="1.0" encoding="ISO-8859-1"?><rss>São Paulo</rss>');
    const decoded = decodeDocument(bytes);
    expect(decoded.text).toContain("São Paulo");
    expect(decoded.warnings[0]).toMatch(/says windows-1252, but the bytes are UTF-8/);
  });

  it("ignores an unknown label with a warning", () => {
    const decoded = decodeDocument(encode("<rss>é</rss>"), "text/xml; charset=x-klingon");
    expect(decoded.text).toBe("<rss>é</rss>");
    expect(decoded.warnings).toEqual([
      'the Content-Type charset "x-klingon" is not an encoding: ignored',
    ]);
  });

  it("counts bytes the declared encoding cannot decode", () => {
    const bytes = Uint8Array.from([0x3c, 0x61, 0x3e, 0x82, 0x3c]);
    const decoded = decodeDocument(bytes, "text/xml; charset=shift_jis");
    expect(decoded.warnings).toEqual([
      "1 byte sequence(s) are not shift_jis: each is shown as \ufffd",
    ]);
  });

  it("refuses a document over the cap in one line", () => {
    const bytes = new Uint8Array(2 * 1024 * 1024 + 1);
    expect(() => decodeDocument(bytes, undefined, { maxBytes: 2 * 1024 * 1024 })).toThrow(
      new FeedError(
        "the document is 2.0 MB, over the 2.0 MB cap: not read (raise maxBytes if it is really a feed)",
      ),
    );
  });
});
