import { type Dateline, Mark, type Paragraph, type Span } from "@broadsheet/article";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeUrl } from "../test-arbitraries.js";
import { escapeMathDollars } from "../text-filters/escape-math-dollars.js";
import { withDateline } from "../with-dateline.js";
import { renderParagraph } from "./blocks/paragraph.js";
import { quietLead } from "./quiet-lead.js";
import { renderInlineEscaped } from "./render-inline.js";

const QUIET = [..."abcXYZéßñ日本 ,.;:'’“”\"?()%/—–-0123456789²#>+=|{}$^…😀"];
const ODD = [..."*_~`[]<>&!@\\#|\n\u00a0\t", "1. ", "- ", "www.", "://", "Table: "];

const word = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...QUIET) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 2 }) },
);

const text = fc.array(word, { minLength: 0, maxLength: 10 }).map((words) => words.join(""));

const span: fc.Arbitrary<Span> = fc
  .record({
    text,
    marks: fc.oneof(
      { weight: 4, arbitrary: fc.constant(undefined) },
      { weight: 3, arbitrary: fc.constantFrom(...Mark.options).map((mark) => [mark]) },
      { weight: 1, arbitrary: fc.subarray([...Mark.options], { minLength: 0, maxLength: 2 }) },
    ),
    href: fc.oneof(
      { weight: 4, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: safeUrl },
    ),
  })
  .map(({ text, marks, href }) => ({
    text,
    ...(marks === undefined ? {} : { marks }),
    ...(href === undefined ? {} : { href }),
  }));

const paragraph: fc.Arbitrary<Paragraph> = fc
  .array(span, { minLength: 0, maxLength: 5 })
  .map((content) => ({ type: "paragraph", content }));

const part = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("Kyiv, Ukraine", "AP", "Aug. 3", "São Paulo") },
  { weight: 1, arbitrary: text },
);

const dateline: fc.Arbitrary<Dateline> = fc.record(
  { place: part, date: part, source: part },
  { requiredKeys: ["place"] },
);

describe("quietLead", () => {
  it("writes exactly what the full renderer writes for the dated lead, whenever it writes anything", () => {
    let taken = 0;
    fc.assert(
      fc.property(paragraph, dateline, (lead, printed) => {
        const quiet = quietLead(lead, printed, undefined);
        if (quiet === undefined) return;
        taken++;
        const dated = withDateline(lead, printed);
        expect(quiet).toBe(renderInlineEscaped(dated.content));
        expect(quiet).toBe(renderParagraph(dated, { previous: { type: "divider" } }));
      }),
      { numRuns: 20_000 },
    );
    expect(taken).toBeGreaterThan(2_000);
  }, 60_000);

  it("leaves leads with a text filter, an active dateline or an empty paragraph to the renderer", () => {
    const lead: Paragraph = { type: "paragraph", content: [{ text: "Nearly a year" }] };
    expect(quietLead(lead, { place: "Kyiv, Ukraine" }, undefined)).toBe(
      "**KYIV, Ukraine —** Nearly a year",
    );
    expect(quietLead(lead, { place: "Kyiv" }, escapeMathDollars)).toBeUndefined();
    expect(quietLead(lead, { place: "*Kyiv*" }, undefined)).toBeUndefined();
    expect(quietLead({ type: "paragraph", content: [] }, { place: "Kyiv" }, undefined)).toBe(
      undefined,
    );
  });
});
