import { describe, expect, it } from "vitest";
import { unicodeScript } from "./unicode-script.js";

describe("unicodeScript", () => {
  it("writes digits and signs as Unicode sub/superscripts", () => {
    expect(unicodeScript("2", "sub")).toBe("₂");
    expect(unicodeScript("−6", "sup")).toBe("⁻⁶");
    expect(unicodeScript("(n+1)", "sup")).toBeUndefined();
    expect(unicodeScript("(n+1)", "sup", { letters: true })).toBe("⁽ⁿ⁺¹⁾");
  });

  it("gives nothing when a character has no exact script form, or for empty text", () => {
    expect(unicodeScript("2.5", "sub")).toBeUndefined();
    expect(unicodeScript("st", "sup", { letters: true })).toBeUndefined();
    expect(unicodeScript("max", "sub")).toBeUndefined();
    expect(unicodeScript("max", "sub", { letters: true })).toBe("ₘₐₓ");
    expect(unicodeScript("", "sup")).toBeUndefined();
  });
});
