import { describe, expect, it } from "vitest";
import { describeFsError } from "./describe-fs-error.js";

describe("describeFsError", () => {
  it("says what happened and what to do, by error code", () => {
    expect(describeFsError("a.md", { code: "ENOENT" })).toEqual({
      file: "a.md",
      code: "not-found",
      message: "no such file or folder; check the path",
    });
    expect(describeFsError("a.md", { code: "EACCES" })).toMatchObject({
      code: "unreadable",
      message: expect.stringMatching(/permission denied; check its permissions/),
    });
    expect(describeFsError("a.md", { code: "EISDIR" }).code).toBe("not-a-file");
  });

  it("names unknown codes without a system message or stack", () => {
    const error = describeFsError(
      "a.md",
      Object.assign(new Error("EIO: i/o error, read"), { code: "EIO" }),
    );
    expect(error).toEqual({
      file: "a.md",
      code: "unreadable",
      message: "cannot be read (EIO); check the file and retry",
    });
  });
});
