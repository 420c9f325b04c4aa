import { describe, expect, it } from "vitest";
import { ogSafeText } from "./og-safe-text";

describe("ogSafeText", () => {
  it("keeps Latin, Greek and Cyrillic text and punctuation", () => {
    expect(ogSafeText("Crete’s Κρήτη — Київ: 90 km², €4")).toBe("Crete’s Κρήτη — Київ: 90 km², €4");
  });

  it("drops emoji and scripts the shipped fonts cannot draw", () => {
    expect(ogSafeText("Fire 🔥 at 東京 👩‍👩‍👧 today")).toBe("Fire at today");
  });
});
