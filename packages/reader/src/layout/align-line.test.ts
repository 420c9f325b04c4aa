import { describe, expect, it } from "vitest";
import { alignLine } from "./align-line.js";

const text = (segments: { text: string }[]) => segments.map((segment) => segment.text).join("");

describe("alignLine", () => {
  it("pads to the width on the right, both sides or the left", () => {
    expect(text(alignLine([{ text: "ab" }], 6, "left"))).toBe("ab    ");
    expect(text(alignLine([{ text: "ab" }], 7, "center"))).toBe("  ab   ");
    expect(text(alignLine([{ text: "東" }], 6, "right"))).toBe("    東");
  });

  it("leaves a line that already fills the width alone", () => {
    expect(alignLine([{ text: "abc" }], 2, "center")).toEqual([{ text: "abc" }]);
  });
});
