import { describe, expect, it } from "vitest";
import { describeExisting, describeWriteError } from "./describe-write-error.js";

describe("describeWriteError", () => {
  it("says what went wrong and what to do", () => {
    expect(describeWriteError("a.md", { code: "EEXIST" })).toBe(
      "a.md: already exists; pass --force to replace it, or choose another --out",
    );
    expect(describeWriteError("a.md", { code: "EISDIR" })).toBe(
      "a.md: is a folder; remove it or choose another --out",
    );
    expect(describeWriteError("a.md", { code: "EROFS" })).toMatch(/permission denied/);
    expect(describeWriteError("a.md", { code: "EWHAT" })).toBe(
      "a.md: cannot be written (EWHAT); check the folder and retry",
    );
  });

  it("says what is there instead of the file, and offers --force only where it works", () => {
    expect(describeExisting("a.md", { kind: "link", to: "/gone", missing: true })).toBe(
      "a.md: is a symbolic link to /gone (missing); pass --force to replace the link itself (what it points to is left alone), or choose another --out",
    );
    expect(describeExisting("a.md", { kind: "link", to: "b.md", missing: false })).toMatch(
      /^a\.md: is a symbolic link to b\.md; pass --force/,
    );
    expect(describeExisting("a.md", { kind: "file" })).toMatch(/already exists with other text/);
    expect(describeExisting("a.md", { kind: "special", what: "named pipe (FIFO)" })).toMatch(
      /is a named pipe \(FIFO\), not a regular file; pass --force/,
    );
  });
});
