import { expect, test } from "vitest";
import { misreadByYaml11 } from "./misread-by-yaml11.js";

test("strings YAML 1.1 reads as something else are recognized", () => {
  const misread = [
    "yes",
    "No",
    "ON",
    "off",
    "y",
    "n",
    "~",
    "null",
    "",
    "12:30",
    "1:02:03",
    "2024-08-06",
    "1_000",
    "0777",
    "0x1A",
    "0b101",
    "1e3",
    ".inf",
    "-.5",
    ":symbol",
    "=",
  ];
  for (const text of misread) expect(misreadByYaml11(text), text).toBe(true);
  for (const text of ["Kyiv", "yes please", "12:30 p.m.", "Aug. 6", "v1.2", "AP"]) {
    expect(misreadByYaml11(text), text).toBe(false);
  }
});
