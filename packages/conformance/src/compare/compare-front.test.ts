import { describe, expect, it } from "vitest";
import { compareFront } from "./compare-front.js";

describe("compareFront", () => {
  it("compares dates as instants and treats an empty value as none", () => {
    const expected = {
      fields: { title: "T", date: "2025-05-01T09:30:00+02:00", tags: undefined },
      defaulted: [],
    };
    expect(compareFront(expected, { title: "T", date: "2025-05-01T07:30:00Z", tags: [] })).toEqual(
      [],
    );
  });

  it("reports a field read differently, missing, or read where the article has none", () => {
    const expected = {
      fields: { title: "T", author: "A", image: undefined, date: undefined },
      defaulted: ["date" as const],
    };
    const differences = compareFront(expected, {
      title: "T ",
      image: "https://x.example/i.jpg",
      date: "2025-01-01",
    });
    expect(differences.map((difference) => difference.what)).toEqual([
      "front: title",
      "front: author",
      "front: image",
    ]);
  });
});
