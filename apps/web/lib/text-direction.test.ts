import { describe, expect, it } from "vitest";
import { textDirection } from "./text-direction";

describe("textDirection", () => {
  it("is rtl for right-to-left languages and scripts, ltr otherwise", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("he-IL")).toBe("rtl");
    expect(textDirection("fa")).toBe("rtl");
    expect(textDirection("az-Arab")).toBe("rtl");
    expect(textDirection("ku-Latn")).toBe("ltr");
    expect(textDirection("en-GB")).toBe("ltr");
    expect(textDirection("de")).toBe("ltr");
  });
});
