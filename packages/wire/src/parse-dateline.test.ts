import { describe, expect, it } from "vitest";
import { parseDateline } from "./parse-dateline.js";

describe("parseDateline", () => {
  it.each([
    ["Kyiv, Ukraine – Nearly a year", { place: "Kyiv, Ukraine" }, "region", "Nearly a year"],
    ["WASHINGTON (AP) — The Senate", { place: "WASHINGTON", source: "AP" }, "source", "The Senate"],
    [
      "MALMÖ, Sweden, Sept. 14 — Thousands",
      { place: "MALMÖ, Sweden", date: "Sept. 14" },
      "date",
      "Thousands",
    ],
    [
      "KYIV, Ukraine, Sept. 14 (AP) — Text",
      { place: "KYIV, Ukraine", date: "Sept. 14", source: "AP" },
      "source",
      "Text",
    ],
    [
      "CAIRNS, Australia, Nov. 21 (Reuters) - Coral",
      { place: "CAIRNS, Australia", date: "Nov. 21", source: "Reuters" },
      "source",
      "Coral",
    ],
    [
      "LONDON, 14 September 2025 — Text",
      { place: "LONDON", date: "14 September 2025" },
      "date",
      "Text",
    ],
    [
      "Kyiv, Ukraine, Sept. 14, 2025 — Text",
      { place: "Kyiv, Ukraine", date: "Sept. 14, 2025" },
      "date",
      "Text",
    ],
    ["VIENNA (AP) -- Europe's", { place: "VIENNA", source: "AP" }, "source", "Europe's"],
    ["PARIS--The minister", { place: "PARIS" }, "capitals", "The minister"],
    ["WASHINGTON—The vote", { place: "WASHINGTON" }, "capitals", "The vote"],
    ["BERLIN — Text", { place: "BERLIN" }, "capitals", "Text"],
    [
      "WINSTON-SALEM, N.C. (AP) — Text",
      { place: "WINSTON-SALEM, N.C.", source: "AP" },
      "source",
      "Text",
    ],
    ["ST. LOUIS (AP) — Text", { place: "ST. LOUIS", source: "AP" }, "source", "Text"],
    ["Rio de Janeiro, Brazil — Text", { place: "Rio de Janeiro, Brazil" }, "region", "Text"],
    [
      "ΑΘΗΝΑ, Ελλάδα (AP) — Το κείμενο",
      { place: "ΑΘΗΝΑ, Ελλάδα", source: "AP" },
      "source",
      "Το κείμενο",
    ],
    ["КИЇВ, Україна — Текст", { place: "КИЇВ, Україна" }, "capitals", "Текст"],
    ["北京 (新华社) — 北京市", { place: "北京", source: "新华社" }, "source", "北京市"],
    ["Zürich – Swiss voters", { place: "Zürich" }, "weak", "Swiss voters"],
  ])("reads %j", (line, dateline, evidence, rest) => {
    expect(parseDateline(line)).toEqual({ dateline, evidence, rest });
  });

  it("treats no-break and narrow no-break spaces as spaces around the dash", () => {
    expect(parseDateline("LVIV, Ukraine\u00A0–\u00A0At Lyceum")).toEqual({
      dateline: { place: "LVIV, Ukraine" },
      evidence: "capitals",
      rest: "At Lyceum",
    });
    expect(parseDateline("MALMÖ, Sweden, Sept.\u00A014\u202F— Thousands")?.dateline).toEqual({
      place: "MALMÖ, Sweden",
      date: "Sept. 14",
    });
  });

  it("reads a dateline alone on its line, with nothing after the dash", () => {
    expect(parseDateline("WASHINGTON (AP) —")).toEqual({
      dateline: { place: "WASHINGTON", source: "AP" },
      evidence: "source",
      rest: "",
    });
  });

  it.each([
    "The mayor — who took office in 2021 — said",
    "President Zelensky — who has long pressed for weapons",
    "Kyiv–Lviv trains resumed on Monday",
    "Well-known place names are not datelines",
    "EDITOR'S NOTE — This story is part of a series",
    "BREAKING — Text",
    "Meanwhile — Text",
    "Monday — Text",
    "NATO — the alliance said",
    "A — Text",
    "Route 66 — Text",
    "No dash at all in this line",
    "— Olena Kovalenko",
    "(AP) — Text",
    "北京 — 北京市",
    "WASHINGTON (the capital) — Text",
    `${"A".repeat(120)} — Text`,
  ])("rejects %j", (line) => {
    expect(parseDateline(line)).toBeUndefined();
  });

  it("accepts lowercase text after the dash only when a source or date makes it certain", () => {
    expect(parseDateline("WASHINGTON — the vote")).toBeUndefined();
    expect(parseDateline("WASHINGTON (AP) — iPhone sales")?.rest).toBe("iPhone sales");
  });
});
