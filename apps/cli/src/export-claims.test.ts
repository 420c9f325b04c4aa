import { describe, expect, it } from "vitest";
import { ExportClaims } from "./export-claims.js";

describe("ExportClaims", () => {
  it("lets the first article keep a slug, id or output name and refuses later ones, naming both files", () => {
    const claims = new ExportClaims();
    expect(claims.claim({ file: "a.md", slug: "a", id: "1", name: "a.md" })).toBeUndefined();
    expect(claims.claim({ file: "b.md", slug: "a", id: "2", name: "b.md" })).toEqual({
      file: "b.md",
      path: "slug",
      code: "duplicate",
      message: '"a" is also the slug of a.md; give one of them another slug',
    });
    expect(claims.claim({ file: "c.md", slug: "c", id: "1", name: "c.md" })).toMatchObject({
      path: "id",
      message: '"1" is also the id of a.md; give one of them another id',
    });
    expect(claims.claim({ file: "d.md", slug: "d", id: "4", name: "A.md" }, "out/A.md")).toEqual({
      file: "d.md",
      code: "duplicate",
      message: "would be written to out/A.md, as a.md is; give one of them another slug",
    });
    // A refused claim takes nothing.
    expect(claims.claim({ file: "e.md", slug: "b", id: "2", name: "b.md" })).toBeUndefined();
  });

  it("needs no name when printing to stdout", () => {
    const claims = new ExportClaims();
    expect(claims.claim({ file: "a.md", slug: "a", id: "1" })).toBeUndefined();
    expect(claims.claim({ file: "b.md", slug: "b", id: "2" })).toBeUndefined();
  });
});
