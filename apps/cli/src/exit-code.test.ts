import { describe, expect, it } from "vitest";
import { ExitCode, exitCodeFor } from "./exit-code.js";

describe("exitCodeFor", () => {
  const named = new Set(["content", "a.md"]);

  it("is 2 for a named path that is missing or of the wrong kind, 1 for other errors, 0 for none", () => {
    expect(exitCodeFor([], named)).toBe(ExitCode.ok);
    expect(exitCodeFor([{ file: "a.md", code: "not-found", message: "" }], named)).toBe(
      ExitCode.usage,
    );
    expect(exitCodeFor([{ file: "content/b.md", code: "not-a-file", message: "" }], named)).toBe(
      ExitCode.invalid,
    );
    expect(exitCodeFor([{ file: "a.md", code: "binary", message: "" }], named)).toBe(
      ExitCode.invalid,
    );
  });
});
