import { describe, expect, it } from "vitest";
import { ogSafeText } from "./og-safe-text";

describe("ogSafeText", () => {
  it("keeps Latin, Greek and Cyrillic text and punctuation", () => {
    expect(ogSafeText("Crete’s Κρήτη — Київ: 90 km², €4")).toBe("Crete’s Κρήτη — Київ: 90 km², €4");
  });

  it("keeps CJK and emoji, which the shipped fonts and emoji set draw", () => {
    expect(ogSafeText("Fire 🔥 at 東京 👩‍👩‍👧 today")).toBe("Fire 🔥 at 東京 👩‍👩‍👧 today");
    expect(ogSafeText("さくら、カタカナ 🇯🇵")).toBe("さくら、カタカナ 🇯🇵");
  });

  it("drops scripts nothing shipped can draw", () => {
    expect(ogSafeText("Delhi मतदान today")).toBe("Delhi today");
    expect(ogSafeText("Seoul 서울 today")).toBe("Seoul today");
  });
});
