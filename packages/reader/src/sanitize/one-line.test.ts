import { describe, expect, it } from "vitest";
import { oneLine } from "./one-line.js";

describe("oneLine", () => {
  it("collapses line breaks and runs of spaces", () => {
    expect(oneLine("unknown command 'x'\n(Did you mean y?)\n")).toBe(
      "unknown command 'x' (Did you mean y?)",
    );
  });
});
