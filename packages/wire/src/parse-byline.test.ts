import { describe, expect, it } from "vitest";
import { parseByline } from "./parse-byline.js";

describe("parseByline", () => {
  it.each([
    ["By Jane Doe", [{ name: "Jane Doe" }]],
    ["By Jane Doe and John Roe", [{ name: "Jane Doe" }, { name: "John Roe" }]],
    ["By Jane Doe & John Roe", [{ name: "Jane Doe" }, { name: "John Roe" }]],
    [
      "By Olena Marchenko, Taras Hnatiuk and Iryna Bondar",
      [{ name: "Olena Marchenko" }, { name: "Taras Hnatiuk" }, { name: "Iryna Bondar" }],
    ],
    [
      "By A. Smith, B. Jones, and C. Brown",
      [{ name: "A. Smith" }, { name: "B. Jones" }, { name: "C. Brown" }],
    ],
    [
      "BY HANNAH OKAFOR AND JAMES WHITLOCK",
      [{ name: "HANNAH OKAFOR" }, { name: "JAMES WHITLOCK" }],
    ],
    ["By: Liam O'Connor", [{ name: "Liam O'Connor" }]],
    [
      "By Ludwig van Beethoven and Maria de la Cruz",
      [{ name: "Ludwig van Beethoven" }, { name: "Maria de la Cruz" }],
    ],
    ["By Martin Luther King, Jr.", [{ name: "Martin Luther King, Jr." }]],
    ["By Jane Doe.", [{ name: "Jane Doe" }]],
    ["By Олена Марченко", [{ name: "Олена Марченко" }]],
  ])("reads %j without notes", (line, authors) => {
    expect(parseByline([line])).toEqual({ authors, notes: [] });
  });

  it("reads a job title after a comma as the role, without a note", () => {
    expect(parseByline(["By Priya Raman, Staff Writer"])).toEqual({
      authors: [{ name: "Priya Raman", role: "Staff Writer" }],
      notes: [],
    });
    expect(parseByline(["By Jane Doe and John Roe, AP Science Writers"])?.authors).toEqual([
      { name: "Jane Doe", role: "AP Science Writers" },
      { name: "John Roe", role: "AP Science Writers" },
    ]);
  });

  it("notes an organization after a comma, which may be a source rather than a role", () => {
    const byline = parseByline(["By Jane Doe, Associated Press"]);
    expect(byline?.authors).toEqual([{ name: "Jane Doe", role: "Associated Press" }]);
    expect(byline?.notes).toEqual([
      'Read "Associated Press" after the byline as the role of Jane Doe; it may name the news agency or publication (a source), or another author.',
    ]);
  });

  it("applies a trailing role to every author of the list", () => {
    const byline = parseByline(["By Maria Alvarez, Devon Price and Ana Ruiz, Associated Press"]);
    expect(byline?.authors.map((author) => author.role)).toEqual([
      "Associated Press",
      "Associated Press",
      "Associated Press",
    ]);
    expect(byline?.notes).toHaveLength(1);
  });

  it("gives each author the role written after them", () => {
    expect(
      parseByline(["By Jane Doe, Staff Writer, and John Roe, Correspondent"])?.authors,
    ).toEqual([
      { name: "Jane Doe", role: "Staff Writer" },
      { name: "John Roe", role: "Correspondent" },
    ]);
  });

  it("notes a second name after a comma without `and`, read as a role", () => {
    const byline = parseByline(["By Jane Doe, Maria Garcia"]);
    expect(byline?.authors).toEqual([{ name: "Jane Doe", role: "Maria Garcia" }]);
    expect(byline?.notes).toHaveLength(1);
  });

  it("reads an affiliation after `of`, after `|` or on a second line", () => {
    expect(parseByline(["By Jane Doe of The Associated Press"])?.authors).toEqual([
      { name: "Jane Doe", role: "The Associated Press" },
    ]);
    expect(parseByline(["By Jane Doe | Reuters"])?.authors).toEqual([
      { name: "Jane Doe", role: "Reuters" },
    ]);
    expect(parseByline(["By Andre Thibodeaux", "Associated Press"])?.authors).toEqual([
      { name: "Andre Thibodeaux", role: "Associated Press" },
    ]);
  });

  it.each([
    ["By the time polls closed, officials had counted most ballots."],
    ["By Monday afternoon, the river had crested."],
    ["Bypass roads were closed"],
    ["By"],
    ["By cutting rates, the bank hopes to revive growth"],
    ['By "Jane" Doe'],
    ["By Jane Doe", "and the rest of a sentence that goes on."],
    ["By Jane Doe", "Associated Press", "Washington"],
    ["Jane Doe, Associated Press"],
    ["By 2030, emissions must fall"],
  ])("rejects %j", (...lines) => {
    expect(parseByline(lines)).toBeUndefined();
  });
});
