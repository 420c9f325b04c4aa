import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Article, Block } from "@broadsheet/article";
import { blockText, parseArticle } from "@broadsheet/article";
import { describe, expect, it } from "vitest";
import { fromWireText, WIRE_IMPORTER } from "./from-wire-text.js";
import { WIRE_RULES } from "./wire-rule.js";

const TOP = "Headline\n\nBy A B\n\nKYIV — Lead.";

function imported(text: string): Article {
  const article = fromWireText(text);
  const parsed = parseArticle(article);
  expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  return article;
}

function rules(article: Article): string[] {
  return (article.isBasedOn?.warnings ?? []).map(
    (warning) => `${warning.block ?? "-"}:${warning.rule}`,
  );
}

function outline(article: Article): string[] {
  return article.body.map(
    (block: Block) => `${block.type}: ${blockText(block).replaceAll("\n", " | ")}`,
  );
}

describe("fromWireText: the sample", () => {
  const article = imported(readFileSync(new URL("../corpus/kursk.txt", import.meta.url), "utf8"));

  it("reads the headline, the dek and the dateline, and drops the repeated headline", () => {
    expect(article.headline).toBe(
      "Ukraine Claims Continued Control of Territory in Russia's Kursk Region",
    );
    expect(article.alternativeHeadline).toMatch(
      /^Ukraine's top commander says troops still control 90 km² inside/,
    );
    expect(article.dateline).toEqual({ place: "Kyiv, Ukraine" });
    expect(rules(article)).toEqual(["-:repeated-headline"]);
  });

  it("takes the dateline out of the lead and keeps the text exactly", () => {
    expect(outline(article)[0]).toBe(
      "paragraph: Nearly a year after launching a surprise cross-border offensive, Ukrainian forces still control part of Russia’s Kursk region, according to Ukraine’s top military commander, Oleksandr Syrsky.",
    );
    expect(outline(article)).toContain(
      "paragraph: Ukraine's hold on the territory has weakened in recent months amid fierce ground battles, drone strikes, and Russia’s bolstered reinforcements.",
    );
  });

  it("reads the four subheads as level-2 headings", () => {
    expect(
      article.body.flatMap((block) =>
        block.type === "heading" ? [[block.level, blockText(block)]] : [],
      ),
    ).toEqual([
      [2, "Initial Invasion Captured Over 1,000 km²"],
      [2, "Ukraine Ramps Up Attacks, Says Civilian Targets Avoided"],
      [2, "North Korean Troops Reportedly Involved in Fighting"],
      [2, "North Korea to Send More Troops and Workers"],
    ]);
  });

  it("records the provenance: id, slug and SHA-256 of the input bytes", () => {
    expect(article.id).toBe("wire-28647ded946c");
    expect(article.slug).toBe(
      "ukraine-claims-continued-control-of-territory-in-russias-kursk-region",
    );
    expect(article.isBasedOn).toMatchObject({
      format: "wire-text",
      sha256: "28647ded946cce3b2d250c9d62dca3fe1ccd1c20f02715f3d692c8820aa64ccf",
      importer: WIRE_IMPORTER,
    });
  });
});

describe("fromWireText: empty and odd input", () => {
  it("gives empty or blank input a placeholder headline, a divider and a warning", () => {
    for (const text of ["", "  \n\t\r\n\uFEFF", "\u0000\u202E"]) {
      const article = imported(text);
      expect(article.headline).toBe("Untitled");
      expect(article.body).toEqual([{ type: "divider" }]);
      expect(rules(article)).toContain("-:empty-input");
      expect(article.slug).toBe(article.id);
    }
  });

  it("gives a headline without a body a divider and an empty-body warning", () => {
    const article = imported("Only a Headline\n\n");
    expect(article.headline).toBe("Only a Headline");
    expect(article.body).toEqual([{ type: "divider" }]);
    expect(rules(article)).toEqual(["-:empty-body"]);
  });

  it("finds no headline in text that opens with a dateline and lead", () => {
    const article = imported("WASHINGTON (AP) — The Senate voted on Tuesday.\n\nMore text.");
    expect(article.headline).toBe("Untitled");
    expect(article.dateline).toEqual({ place: "WASHINGTON", source: "AP" });
    expect(outline(article)).toEqual([
      "paragraph: The Senate voted on Tuesday.",
      "paragraph: More text.",
    ]);
    expect(rules(article)).toEqual(["0:headline-missing"]);
  });

  it("keeps a first line too long for a headline in the body", () => {
    const long = `${"A very long opening sentence ".repeat(12).trim()}.`;
    const article = imported(`${long}\n\nSecond paragraph.`);
    expect(article.headline).toBe("Untitled");
    expect(outline(article)[0]).toBe(`paragraph: ${long}`);
    expect(rules(article)[0]).toBe("0:headline-missing");
  });

  it("joins a headline wrapped onto a lowercase line, with a note", () => {
    const article = imported(
      "Ukraine Claims Control of Territory in\nthe Kursk Region\n\nThe lead.",
    );
    expect(article.headline).toBe("Ukraine Claims Control of Territory in the Kursk Region");
    expect(rules(article)).toContain("-:headline-guess");
  });

  it("notes text run straight on under the headline", () => {
    const article = imported(
      "Headline Here\nThe storm hit the coast overnight, officials said.\n\nMore text follows.",
    );
    expect(article.headline).toBe("Headline Here");
    expect(rules(article)).toContain("0:headline-guess");
  });

  it("falls back to the id for a slug when the headline has no Latin letters", () => {
    const article = imported("北京市发布新规\n\n北京 (新华社) — 北京市周二发布了新规定。");
    expect(article.slug).toBe(article.id);
    expect(article.dateline).toEqual({ place: "北京", source: "新华社" });
    expect(outline(article)).toEqual(["paragraph: 北京市周二发布了新规定。"]);
  });

  it("uses the hash of the exact input for the id, so CRLF and LF copies differ", () => {
    const lf = imported("Headline\n\nText.");
    const crlf = imported("Headline\r\n\r\nText.");
    expect(lf.body).toEqual(crlf.body);
    expect(lf.id).not.toBe(crlf.id);
    expect(lf.isBasedOn?.sha256).toBe(
      createHash("sha256").update("Headline\n\nText.").digest("hex"),
    );
  });

  it("cuts a long slug at a hyphen to at most 200 characters", () => {
    const article = imported(`${"Word ".repeat(55).trim()}\n\nText.`);
    expect(article.slug.length).toBeLessThanOrEqual(200);
    expect(article.slug).toMatch(/^word(?:-word)+$/);
  });

  it("records removed characters against the block that held them", () => {
    const article = imported(`${TOP}\n\nFirst para\u0007graph.\n\nSecond \u202Eparagraph.`);
    expect(outline(article).slice(1)).toEqual([
      "paragraph: First paragraph.",
      "paragraph: Second paragraph.",
    ]);
    expect(rules(article)).toEqual(["1:control-character", "2:bidi-control"]);
  });

  it("uses only the rule names it declares", () => {
    const article = imported("Headline\n\nShort dek\n\nBackground\n\nText.\n\n- a\n  - b\n\n-30-");
    for (const warning of article.isBasedOn?.warnings ?? [])
      expect(WIRE_RULES).toContain(warning.rule);
  });
});

describe("fromWireText: byline", () => {
  it("reads a byline right under the headline, with or without a blank line", () => {
    for (const text of [
      "Headline\n\nBy Jane Doe and John Roe\n\nText.",
      "Headline\nBy Jane Doe and John Roe\nText.",
    ]) {
      expect(imported(text).author).toEqual([{ name: "Jane Doe" }, { name: "John Roe" }]);
    }
  });

  it("reads a byline after the dek, and notes a role that may be a source", () => {
    const article = imported(
      "Headline\n\nThe dek says what the story is about.\n\nBy Jane Doe, Associated Press\n\nThe lead paragraph.",
    );
    expect(article.alternativeHeadline).toBe("The dek says what the story is about.");
    expect(article.author).toEqual([{ name: "Jane Doe", role: "Associated Press" }]);
    expect(rules(article)).toEqual(["-:byline-role"]);
  });

  it("does not read a lead that starts with `By` as a byline", () => {
    const article = imported(
      "Headline\n\nBy the time polls closed, officials had counted most of the ballots cast.",
    );
    expect(article.author).toBeUndefined();
    expect(outline(article)).toEqual([
      "paragraph: By the time polls closed, officials had counted most of the ballots cast.",
    ]);
  });
});

describe("fromWireText: dek", () => {
  it("takes a short paragraph followed by a dateline lead as the dek", () => {
    const article = imported(
      "Headline\n\nA short standfirst sentence.\n\nKYIV, Ukraine (AP) — The lead.",
    );
    expect(article.alternativeHeadline).toBe("A short standfirst sentence.");
    expect(outline(article)).toEqual(["paragraph: The lead."]);
    expect(rules(article)).toEqual([]);
  });

  it("takes a short paragraph followed by a repeated headline as the dek", () => {
    const article = imported(
      "Headline Text\n\nThe dek. It has two sentences.\n\nHeadline text\n\nThe lead.",
    );
    expect(article.alternativeHeadline).toBe("The dek. It has two sentences.");
    expect(outline(article)).toEqual(["paragraph: The lead."]);
    expect(rules(article)).toEqual(["-:repeated-headline"]);
  });

  it("drops a repeated headline with other quotes, dashes and case", () => {
    const article = imported(
      "Russia's Kursk Region — Update\n\nRUSSIA’S KURSK REGION - UPDATE\n\nThe lead.",
    );
    expect(outline(article)).toEqual(["paragraph: The lead."]);
  });

  it("takes a short line without a full stop as a guessed dek when nothing marks the lead", () => {
    const article = imported(
      "Headline\n\nServices resume Monday after a walkout\n\nFerry crews voted on Saturday.",
    );
    expect(article.alternativeHeadline).toBe("Services resume Monday after a walkout");
    expect(rules(article)).toEqual(["-:dek-guess"]);
  });

  it("keeps a short one-sentence first paragraph as the lead, noting it could be a dek", () => {
    const article = imported(
      "Headline\n\nFerry crews voted on Saturday to end the strike.\n\nMore details.",
    );
    expect(article.alternativeHeadline).toBeUndefined();
    expect(outline(article)[0]).toBe("paragraph: Ferry crews voted on Saturday to end the strike.");
    expect(rules(article)).toEqual(["0:dek-guess"]);
  });

  it("never takes a long paragraph, a dateline lead or the only paragraph as the dek", () => {
    const long = `${"This paragraph is long. ".repeat(4)}It goes on and on with more sentences.`;
    expect(imported(`Headline\n\n${long}\n\nKYIV — The lead.`).alternativeHeadline).toBeUndefined();
    expect(imported("Headline\n\nKYIV — The lead.\n\nMore.").alternativeHeadline).toBeUndefined();
    expect(imported("Headline\n\nThe only paragraph").alternativeHeadline).toBeUndefined();
  });
});

describe("fromWireText: dateline", () => {
  it("takes the dateline off the lead, whatever the dash", () => {
    for (const dash of ["—", "–", "-", "--", "\u00A0–\u00A0", "\u202F—"]) {
      const article = imported(`Headline\n\nBy Jane Doe\n\nKYIV, Ukraine ${dash} The lead text.`);
      expect(article.dateline).toEqual({ place: "KYIV, Ukraine" });
      expect(outline(article)).toEqual(["paragraph: The lead text."]);
    }
  });

  it("reads a dateline on a line of its own", () => {
    const article = imported("Headline\n\nBy Jane Doe\n\nWASHINGTON (AP) —\nThe Senate\nvoted.");
    expect(article.dateline).toEqual({ place: "WASHINGTON", source: "AP" });
    expect(outline(article)).toEqual(["paragraph: The Senate voted."]);
  });

  it("notes a dateline read only from a capitalized word before a dash", () => {
    const article = imported("Headline\n\nBy Jane Doe\n\nZürich – Swiss voters approved it.");
    expect(article.dateline).toEqual({ place: "Zürich" });
    expect(rules(article)).toEqual(["0:dateline-guess"]);
  });

  it("reads the dateline of the lead only, leaving dashes in later paragraphs alone", () => {
    const article = imported(`${TOP}\n\nBERLIN — A second paragraph.`);
    expect(article.dateline).toEqual({ place: "KYIV" });
    expect(outline(article)).toEqual([
      "paragraph: Lead.",
      "paragraph: BERLIN — A second paragraph.",
    ]);
  });

  it("reads a short paragraph before a dateline paragraph as the dek, since only the lead has a dateline", () => {
    const article = imported(
      "Headline\n\nThe first paragraph is one sentence.\n\nBERLIN — The lead.",
    );
    expect(article.alternativeHeadline).toBe("The first paragraph is one sentence.");
    expect(article.dateline).toEqual({ place: "BERLIN" });
  });
});

describe("fromWireText: subheads", () => {
  it("reads short title-case lines, a question too, as level-2 headings", () => {
    const article = imported(`${TOP}\n\nWho Opposed It?\n\nText.\n\nWHAT IT COSTS\n\nText.`);
    expect(outline(article)).toEqual([
      "paragraph: Lead.",
      "heading: Who Opposed It?",
      "paragraph: Text.",
      "heading: WHAT IT COSTS",
      "paragraph: Text.",
    ]);
    expect(rules(article)).toEqual([]);
  });

  it("never reads a one-sentence quote line as a subhead", () => {
    const article = imported(`${TOP}\n\n"We will not leave," she said.\n\nText.`);
    expect(outline(article)[1]).toBe('paragraph: "We will not leave," she said.');
  });

  it("reads a short sentence-case line as a guessed subhead", () => {
    const article = imported(`${TOP}\n\nWhat the deal includes\n\nText.`);
    expect(outline(article)[1]).toBe("heading: What the deal includes");
    expect(rules(article)).toEqual(["1:subhead-guess"]);
  });

  it("needs text after a subhead", () => {
    const article = imported(`${TOP}\n\nThe End of the Story`);
    expect(outline(article)[1]).toBe("paragraph: The End of the Story");
  });

  it("keeps a run of title-case lines as paragraphs until text follows", () => {
    const article = imported(`${TOP}\n\nRelated Coverage\n\nUkraine Says It Holds Kursk\n\nText.`);
    expect(outline(article).slice(1)).toEqual([
      "paragraph: Related Coverage",
      "heading: Ukraine Says It Holds Kursk",
      "paragraph: Text.",
    ]);
  });

  it("splits a title-case line off the paragraph right under it, with a note", () => {
    const article = imported(
      `${TOP}\n\nSchools Closed in Three Parishes\nSchool districts in three parishes canceled classes for two days.`,
    );
    expect(outline(article).slice(1)).toEqual([
      "heading: Schools Closed in Three Parishes",
      "paragraph: School districts in three parishes canceled classes for two days.",
    ]);
    expect(rules(article)).toEqual(["1:subhead-guess"]);
  });

  it("does not split a hard-wrapped paragraph whose first line happens to be in title case", () => {
    const article = imported(
      "Headline\n\nBy A B\n\nPresident Volodymyr Zelensky and Prime Minister Keir Starmer\nmet in London on Monday to discuss air defense.",
    );
    expect(article.body).toHaveLength(1);
  });
});

describe("fromWireText: lists", () => {
  it("reads bullet lists with -, * and • markers, joining wrapped items", () => {
    const article = imported(`${TOP}\n\nLead:\n\n- one\n* two that\n  wraps\n• three`);
    expect(article.body[2]).toEqual({
      type: "list",
      ordered: false,
      items: [[{ text: "one" }], [{ text: "two that wraps" }], [{ text: "three" }]],
    });
  });

  it("reads numbered lists with . and ), keeping a start other than 1", () => {
    const article = imported(`${TOP}\n\n1. one\n2) two\n\nBetween.\n\n3. three\n4. four`);
    expect(article.body[1]).toEqual({
      type: "list",
      ordered: true,
      items: [[{ text: "one" }], [{ text: "two" }]],
    });
    expect(article.body[3]).toEqual({
      type: "list",
      ordered: true,
      start: 3,
      items: [[{ text: "three" }], [{ text: "four" }]],
    });
  });

  it("joins loose lists whose items are separated by blank lines", () => {
    const article = imported(`${TOP}\n\n1. one\n\n2. two\n\n- a\n\n- b\n\n5. five`);
    expect(outline(article).slice(1)).toEqual(["list: one | two", "list: a | b", "list: five"]);
  });

  it("splits a list off the paragraph that introduces it", () => {
    const article = imported(
      "Headline\n\nBy A B\n\nThe demands were:\n- a ceasefire\n- a prisoner exchange",
    );
    expect(outline(article)).toEqual([
      "paragraph: The demands were:",
      "list: a ceasefire | a prisoner exchange",
    ]);
  });

  it("flattens nested items, with a note", () => {
    const article = imported(`${TOP}\n\n- a\n  - a1\n- b`);
    expect(outline(article)[1]).toBe("list: a | a1 | b");
    expect(rules(article)).toEqual(["1:list-nesting"]);
  });
});

describe("fromWireText: block quotes", () => {
  it("reads a quote line followed by a `— Name` line, stripping the quotation marks", () => {
    const article = imported(
      `${TOP}\n\n“We will not leave.”\n— Olena Kovalenko, resident\n\nText.`,
    );
    expect(article.body[1]).toEqual({
      type: "blockquote",
      style: "block",
      paragraphs: [[{ text: "We will not leave." }]],
      attribution: "Olena Kovalenko, resident",
    });
    expect(rules(article)).toEqual([]);
  });

  it("reads an attribution after a blank line, and `-- Name`", () => {
    const article = imported(`${TOP}\n\n"We will not leave."\n\n-- Olena Kovalenko`);
    expect(outline(article)[1]).toBe("blockquote: We will not leave. | Olena Kovalenko");
  });

  it("gathers a quote that runs over several paragraphs", () => {
    const article = imported(`${TOP}\n\n"First part.\n\n"Second part.\n\n"Last part."\n— Jane Doe`);
    expect(outline(article)).toEqual([
      "paragraph: Lead.",
      "blockquote: First part. | Second part. | Last part. | Jane Doe",
    ]);
  });

  it("notes an attributed paragraph that is not wholly in quotation marks", () => {
    const article = imported(
      `${TOP}\n\nThe plan is to rebuild every school.\n— Mayor Ihor Terekhov`,
    );
    expect(outline(article)[1]).toBe(
      "blockquote: The plan is to rebuild every school. | Mayor Ihor Terekhov",
    );
    expect(rules(article)).toEqual(["1:blockquote-guess"]);
  });

  it("keeps a long unquoted paragraph and a dash line under it as a paragraph", () => {
    const lines = Array.from(
      { length: 9 },
      () => "The council met for hours and argued about the budget.",
    );
    const article = imported(`${TOP}\n\n${lines.join("\n")}\n— Jane Doe\n\nText.`);
    expect(outline(article).slice(1)).toEqual([
      `paragraph: ${lines.join(" ")} — Jane Doe`,
      "paragraph: Text.",
    ]);
  });

  it("keeps dialogue dashes and agency credits as text", () => {
    const article = imported(
      `${TOP}\n\n— Ми не підемо, — сказала вона.\n\n-- Reporting by Jane Doe; editing by John Roe`,
    );
    expect(outline(article).slice(1)).toEqual([
      "paragraph: — Ми не підемо, — сказала вона.",
      "paragraph: -- Reporting by Jane Doe; editing by John Roe",
    ]);
  });
});

describe("fromWireText: dividers and end marks", () => {
  it("reads rule lines as dividers and drops an end mark at the very end, with a note", () => {
    const article = imported(`${TOP}\n\n* * *\n\nMore.\n\n___\n\nCredits.\n\n-30-`);
    expect(outline(article)).toEqual([
      "paragraph: Lead.",
      "divider: ",
      "paragraph: More.",
      "divider: ",
      "paragraph: Credits.",
    ]);
    expect(rules(article)).toEqual(["-:end-mark"]);
  });
});
