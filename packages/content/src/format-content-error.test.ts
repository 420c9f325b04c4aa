import { describe, expect, it } from "vitest";
import { formatContentError } from "./format-content-error.js";

describe("formatContentError", () => {
  it("writes file:line:column: path: message, leaving out missing parts", () => {
    const base = { file: "content/a.md", code: "invalid" as const, message: "is required" };
    expect(formatContentError({ ...base, line: 3, column: 5, path: "headline" })).toBe(
      "content/a.md:3:5: headline: is required",
    );
    expect(formatContentError({ ...base, line: 3 })).toBe("content/a.md:3: is required");
    expect(formatContentError({ ...base, path: "headline" })).toBe(
      "content/a.md: headline: is required",
    );
    expect(formatContentError(base)).toBe("content/a.md: is required");
  });
});
