import { minimalArticle as article } from "@broadsheet/article/testing";
import type { ContentResult } from "@broadsheet/content";
import { describe, expect, it } from "vitest";
import { formatTally } from "./format-tally.js";

const loaded = (file: string) => ({ file, article: article() });
const error = (file: string) => ({ file, code: "invalid" as const, message: "x" });

describe("formatTally", () => {
  it("counts valid articles, errors and failing files", () => {
    const all: ContentResult = {
      files: ["a", "b"],
      articles: [loaded("a"), loaded("b")],
      errors: [],
    };
    expect(formatTally(all)).toBe("2 articles valid");
    expect(formatTally({ files: ["a"], articles: [loaded("a")], errors: [] })).toBe(
      "1 article valid",
    );
    expect(
      formatTally({
        files: ["a", "b", "c"],
        articles: [loaded("a")],
        errors: [error("b"), error("b"), error("c")],
      }),
    ).toBe("1 of 3 articles valid; 3 errors in 2 files");
    expect(formatTally({ files: ["a"], articles: [], errors: [error("a")] })).toBe(
      "0 of 1 article valid; 1 error in 1 file",
    );
  });

  it("says when there was nothing to check", () => {
    expect(formatTally({ files: [], articles: [], errors: [] })).toBe(
      "no article files found (.md, .markdown, .txt or .json)",
    );
  });
});
