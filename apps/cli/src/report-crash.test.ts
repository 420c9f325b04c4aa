import { describe, expect, it } from "vitest";
import { ExitCode } from "./exit-code.js";
import { reportCrash } from "./report-crash.js";
import { captureIo } from "./test-io.js";

describe("reportCrash", () => {
  it("prints one line with a hint to report the bug", () => {
    const io = captureIo();
    expect(reportCrash(new Error("boom\nsecond line"), io.io)).toBe(ExitCode.internal);
    expect(io.err).toBe(
      "broadsheet: unexpected error: boom second line; this is a bug in broadsheet, please report it (set BROADSHEET_DEBUG=1 for details)\n",
    );
  });

  it("prints the stack with BROADSHEET_DEBUG", () => {
    const io = captureIo({ BROADSHEET_DEBUG: "1" });
    reportCrash(new Error("boom"), io.io);
    expect(io.err).toMatch(/^Error: boom\n\s+at /);
  });
});
