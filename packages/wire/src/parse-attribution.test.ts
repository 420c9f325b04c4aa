import { describe, expect, it } from "vitest";
import { parseAttribution } from "./parse-attribution.js";

describe("parseAttribution", () => {
  it.each([
    [
      "— Halyna Ostapchuk, principal of Lyceum No. 52",
      "Halyna Ostapchuk, principal of Lyceum No. 52",
    ],
    ["-- Aarav Menon, 16", "Aarav Menon, 16"],
    ["--Aarav Menon", "Aarav Menon"],
    ["―Jane Doe", "Jane Doe"],
    ["– Jane Doe, Jr.", "Jane Doe, Jr."],
    ["— Ігор Терехов, міський голова", "Ігор Терехов, міський голова"],
  ])("reads %j", (line, name) => {
    expect(parseAttribution(line)).toBe(name);
  });

  it.each([
    "- Jane Doe",
    "--- ",
    "———",
    "—",
    "— Ми не підемо, — сказала вона.",
    "-- Reporting by Jane Doe; editing by John Roe",
    "— and then the lights went out.",
    "— Who said that?",
    "Jane Doe",
    `— ${"Name ".repeat(20)}`,
  ])("rejects %j", (line) => {
    expect(parseAttribution(line)).toBeUndefined();
  });
});
