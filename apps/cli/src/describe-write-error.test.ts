import { describe, expect, it } from "vitest";
import { describeWriteError } from "./describe-write-error.js";

describe("describeWriteError", () => {
  it("says what went wrong and what to do", () => {
    expect(describeWriteError("a.md", { code: "EEXIST" })).toBe(
      "a.md: already exists; pass --force to replace it, or --out to write elsewhere",
    );
    expect(describeWriteError("a.md", { code: "EROFS" })).toMatch(/permission denied/);
    expect(describeWriteError("a.md", { code: "EWHAT" })).toBe(
      "a.md: cannot be written (EWHAT); check the folder and retry",
    );
  });
});
