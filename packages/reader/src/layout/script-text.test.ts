import { describe, expect, it } from "vitest";
import { scriptText } from "./script-text.js";

describe("scriptText", () => {
  it("uses Unicode superscripts and subscripts where every character has one", () => {
    expect(scriptText("2", "sup")).toBe("²");
    expect(scriptText("-1", "sup")).toBe("⁻¹");
    expect(scriptText("n", "sup")).toBe("ⁿ");
    expect(scriptText("2", "sub")).toBe("₂");
    expect(scriptText("max", "sub")).toBe("ₘₐₓ");
  });

  it("falls back to ^ and _ otherwise", () => {
    expect(scriptText("st", "sup")).toBe("^st");
    expect(scriptText("b", "sub")).toBe("_b");
    expect(scriptText("see note", "sup")).toBe("^(see note)");
  });
});
