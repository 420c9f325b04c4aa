import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticle } from "./parse-article.js";
import { everyBlockArticle as sampleArticle } from "./testing/every-block-article.js";

function errorsOf(input: unknown) {
  const result = parseArticle(input);
  if (result.ok) throw new Error("expected the document to be rejected");
  return result.errors;
}

function withBody(body: unknown[]) {
  return { ...sampleArticle(), body };
}

describe("parseArticle", () => {
  it("accepts a valid article that uses every block type", () => {
    const result = parseArticle(sampleArticle());
    expect(result.ok).toBe(true);
  });

  it("rejects javascript:, data: and vbscript: links with the path and a fix", () => {
    for (const href of [
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "data:text/html,x",
      "vbscript:x",
    ]) {
      const errors = errorsOf(withBody([{ type: "paragraph", content: [{ text: "x", href }] }]));
      expect(errors).toEqual([
        {
          path: "body[0].content[0].href",
          message:
            "must be an http(s) or mailto URL without spaces or control characters (percent-encode spaces as %20)",
        },
      ]);
    }
  });

  it("rejects control and bidi characters inside URLs, which could escape a terminal hyperlink", () => {
    for (const href of [
      "https://a.example/\u001b]0;x\u0007",
      "https://a.example/\u0000",
      "mailto:a\u202e@b.example",
    ]) {
      const errors = errorsOf(withBody([{ type: "paragraph", content: [{ text: "x", href }] }]));
      expect(errors[0]?.path).toBe("body[0].content[0].href");
    }
  });

  it("accepts http, https and mailto links in any letter case", () => {
    for (const href of [
      "http://a.example",
      "HTTPS://a.example/x?y#z",
      "mailto:desk@news.example",
    ]) {
      expect(
        parseArticle(withBody([{ type: "paragraph", content: [{ text: "x", href }] }])).ok,
      ).toBe(true);
    }
  });

  it("rejects unknown keys, naming them", () => {
    const errors = errorsOf({ ...sampleArticle(), headlin: "typo" });
    expect(errors).toEqual([
      { path: "(document)", message: 'unknown field "headlin"; remove it or check the spelling' },
    ]);
  });

  it("rejects control characters and bidi overrides in text", () => {
    for (const text of ["a\u0000b", "a\u001bb", "a\u009bb", "a\u202eb", "a\u2066b", "a\rb"]) {
      const errors = errorsOf(withBody([{ type: "paragraph", content: [{ text }] }]));
      expect(errors[0]?.path).toBe("body[0].content[0].text");
      expect(errors[0]?.message).toMatch(
        /^must not contain the (bidirectional )?control character U\+[0-9A-F]{4} at character 2; delete it/,
      );
    }
    expect(errorsOf({ ...sampleArticle(), headline: "Line\nbreak" })[0]?.path).toBe("headline");
  });

  it("allows hard line breaks inside inline text but not in headlines", () => {
    expect(parseArticle(withBody([{ type: "paragraph", content: [{ text: "a\nb" }] }])).ok).toBe(
      true,
    );
  });

  it("keeps body headings at levels 2 to 4", () => {
    for (const level of [1, 5]) {
      const errors = errorsOf(withBody([{ type: "heading", level, content: [{ text: "x" }] }]));
      expect(errors[0]).toEqual({
        path: "body[0].level",
        message: "must be 2, 3 or 4 (the headline is the only level-1 heading)",
      });
    }
  });

  it("requires alt text on images and a fallback on embeds", () => {
    expect(errorsOf(withBody([{ type: "image", src: "https://x.example/a.png" }]))[0]?.path).toBe(
      "body[0].alt",
    );
    expect(
      errorsOf(withBody([{ type: "image", src: "https://x.example/a.png", alt: "" }]))[0],
    ).toEqual({
      path: "body[0].alt",
      message: "must not be empty",
    });
    expect(errorsOf(withBody([{ type: "embed", url: "https://x.example/v" }]))[0]?.path).toBe(
      "body[0].fallback",
    );
  });

  it("names the allowed block types for an unknown one", () => {
    expect(errorsOf(withBody([{ type: "video" }]))[0]).toEqual({
      path: "body[0].type",
      message:
        "must be one of: paragraph, heading, blockquote, list, image, embed, divider, table, aside",
    });
  });

  it("checks table rows against the header", () => {
    const table = {
      type: "table",
      header: [[{ text: "a" }], [{ text: "b" }]],
      rows: [[[{ text: "1" }]]],
    };
    expect(errorsOf(withBody([table]))[0]).toEqual({
      path: "body[0].rows[0]",
      message: "has 1 cells but the header has 2; make them match",
    });
  });

  it("requires at least one body block", () => {
    expect(errorsOf(withBody([]))).toEqual([
      { path: "body", message: "must hold at least one block" },
    ]);
  });

  it("reports a missing required field and a wrong type", () => {
    const { headline: _, ...rest } = sampleArticle();
    expect(errorsOf(rest)).toEqual([{ path: "headline", message: "is required (text)" }]);
    expect(errorsOf({ ...sampleArticle(), keywords: "a, b" })).toEqual([
      { path: "keywords", message: "must be a list, not text" },
    ]);
  });

  it("rejects dates without an offset", () => {
    expect(errorsOf({ ...sampleArticle(), datePublished: "2025-09-14T08:00:00" })[0]?.path).toBe(
      "datePublished",
    );
  });

  it("rejects a non-object document with one clear error", () => {
    for (const input of [null, 3, "text", [1]]) {
      expect(errorsOf(input)).toEqual([
        { path: "(document)", message: "must be an object with the article's fields" },
      ]);
    }
  });

  it("rejects an unknown schema version by naming the versions it reads", () => {
    expect(errorsOf({ ...sampleArticle(), schemaVersion: 9 })).toEqual([
      { path: "schemaVersion", message: "version 9 is not supported; this release reads 1" },
    ]);
  });

  it("never throws on any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseArticle(value);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on mutations of a valid article", () => {
    const keys = Object.keys(sampleArticle());
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const result = parseArticle({ ...sampleArticle(), [key]: value });
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
