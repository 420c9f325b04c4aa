import { describe, expect, it } from "vitest";
import { foldCase } from "./fold-case.js";

describe("foldCase", () => {
  it("lowers case", () => {
    expect(foldCase("Malmö ÅÄÖ")).toBe("malmö åäö");
  });

  it("keeps every offset, leaving characters whose lower case is longer", () => {
    expect(foldCase("ΣΑΣ Istanbul")).toBe("σας istanbul");
    const text = "İSTANBUL";
    expect(foldCase(text)).toHaveLength(text.length);
    expect(foldCase(text)).toBe("İstanbul");
  });
});
