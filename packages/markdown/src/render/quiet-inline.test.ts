import { type Inline, Mark, type Span } from "@broadsheet/article";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeUrl } from "../test-arbitraries.js";
import { hostileStrings, TEXT_GROUPS } from "../test-hostile-strings.js";
import { TEMPLATE_STRINGS } from "../test-template-strings.js";
import { ALL_TEXT_FILTERS as FILTERS } from "../test-text-filters.js";
import { escapeMathDollars } from "../text-filters/escape-math-dollars.js";
import { hashnodeText } from "../text-filters/hashnode-text.js";
import { kramdownText } from "../text-filters/kramdown-text.js";
import { quietInline } from "./quiet-inline.js";
import { type InlineOptions, renderInlineEscaped } from "./render-inline.js";

const HOSTILE = hostileStrings(...TEXT_GROUPS).map((entry) => entry.text);

/** What the profiles' text filters look for, in quiet-looking text. */
const FILTER_STRINGS = [
  ...["Data: text/html", 'img src="data', "a = b", "2^10", "$5", "$$", "50%", "100 %"],
  ...["a | b", "{:", "{#id}", "a >> b", "^", "x}", "{{ x }}", "{% y %}", ": a", "Note: b"],
];

const QUIET = [..."abcXYZéßñ日本 ,.;:'’‘“”\"?()%/—–-0123456789²#>+=|{}$^…😀"];
const ODD = [..."*_~`[]<>&!:@\\#|$%^={}\n\u00a0\u2028\t"];

const word = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...QUIET) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      ...HOSTILE,
      ...TEMPLATE_STRINGS,
      "www.",
      "1. ",
      "- ",
      "http",
      "://",
      "data",
      "src",
      "0.5",
      "+1",
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 2 }) },
);

const text = fc.array(word, { minLength: 0, maxLength: 12 }).map((words) => words.join(""));

const marks = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 4, arbitrary: fc.constantFrom(...Mark.options).map((mark) => [mark]) },
  { weight: 1, arbitrary: fc.subarray([...Mark.options], { minLength: 0, maxLength: 3 }) },
);

const span: fc.Arbitrary<Span> = fc
  .record({
    text,
    marks,
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

const options: fc.Arbitrary<InlineOptions> = fc.record({
  lineStart: fc.boolean(),
  blockStart: fc.boolean(),
  breaks: fc.constantFrom("hard" as const, "entity" as const),
  pipes: fc.boolean(),
  heading: fc.boolean(),
  linkText: fc.boolean(),
  textFilter: fc.constantFrom(...FILTERS),
});

function agrees(content: Inline, where: InlineOptions): boolean {
  const quiet = quietInline(content, where);
  if (quiet === undefined) return false;
  expect(quiet).toBe(renderInlineEscaped(content, where));
  return true;
}

describe("quietInline", () => {
  it("writes exactly what the full escaping renderer writes, whenever it writes anything", () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.array(span, { minLength: 0, maxLength: 6 }), options, (content, where) => {
        if (agrees(content, where)) taken++;
      }),
      { numRuns: 20_000 },
    );
    expect(taken).toBeGreaterThan(2_000);
  }, 60_000);

  it("agrees with the full renderer on every hostile string, in every span kind and profile filter", () => {
    let taken = 0;
    const wraps: Omit<Span, "text">[] = [
      {},
      { marks: ["em"] },
      { marks: ["strong"] },
      { marks: ["strike"] },
      { marks: ["code"] },
      { marks: ["sup"] },
      { href: "https://example.com/a_(b)" },
      { href: "mailto:desk@example.com", marks: ["strong"] },
    ];
    for (const hostile of [...HOSTILE, ...TEMPLATE_STRINGS, ...FILTER_STRINGS]) {
      for (const wrap of wraps) {
        for (const textFilter of FILTERS) {
          for (const where of [
            { textFilter },
            { textFilter, pipes: true, heading: true },
            { textFilter, linkText: true, lineStart: false },
          ]) {
            const contents: Inline[] = [
              [{ text: hostile, ...wrap }],
              [{ text: "Before " }, { text: hostile, ...wrap }, { text: " after." }],
              [{ text: "Say" }, { text: "word", ...wrap }, { text: hostile }],
              [{ text: hostile }, { text: "word", ...wrap }, { text: "." }],
              [{ text: hostile }, { text: "word", ...wrap }, { text: hostile }],
            ];
            for (const content of contents) if (agrees(content, where)) taken++;
          }
        }
      }
    }
    expect(taken).toBeGreaterThan(1_000);
  }, 60_000);

  it("takes news prose with a bold dateline, links, code and superscripts", () => {
    const lead: Inline = [
      { text: "KYIV, Ukraine —", marks: ["strong"] },
      { text: " Nearly a year after the offensive, Ukraine’s forces hold 90 km² (35 sq mi)." },
    ];
    expect(quietInline(lead)).toBe(
      "**KYIV, Ukraine —** Nearly a year after the offensive, Ukraine’s forces hold 90 km² (35 sq mi).",
    );
    const mixed: Inline = [
      { text: "Seeded 5" },
      { text: "th", marks: ["sup"] },
      { text: ", run " },
      { text: "npm test", marks: ["code"] },
      { text: " and read " },
      { text: "the report", href: "https://example.com/report" },
      { text: " in " },
      { text: "Coastal Carbon Letters", marks: ["em"], href: "https://doi.example.org/10.5555/c" },
      { text: ", or write to " },
      { text: "data@broadsheet.example", href: "mailto:data@broadsheet.example" },
      { text: "." },
    ];
    for (const textFilter of FILTERS) {
      expect(agrees(mixed, { textFilter }), String(textFilter?.mayAct)).toBe(true);
      expect(agrees([{ text: "Two  spaces, WWW.EXAMPLE" }], { textFilter })).toBe(true);
    }
  });

  it("leaves anything that could act to the full renderer", () => {
    for (const text of [
      "1. item",
      "2) item",
      "- item",
      "+ item",
      "# a",
      "> a",
      "= a",
      "|-|",
      ": a",
      "-",
      "12.",
    ]) {
      expect(quietInline([{ text }]), text).toBeUndefined();
    }
    for (const text of [
      "see www.example.com",
      " edge",
      "edge ",
      "a*b",
      "a_b",
      "[a]",
      "see http://x.example",
      "a\nb",
      "Ticket #",
    ]) {
      expect(quietInline([{ text }]), text).toBeUndefined();
    }
    expect(
      quietInline([
        { text: "a", marks: ["em"] },
        { text: "b", marks: ["strong"] },
      ]),
    ).toBeUndefined();
    expect(quietInline([{ text: "a", marks: ["em", "strong"] }])).toBeUndefined();
    expect(quietInline([{ text: "a ", marks: ["em"] }, { text: "b" }])).toBeUndefined();
    expect(
      quietInline([{ text: "$5 and $10" }], { textFilter: escapeMathDollars }),
    ).toBeUndefined();
    expect(quietInline([{ text: "a | b" }], { textFilter: kramdownText })).toBeUndefined();
    const link = { text: "b", href: "https://x.example" };
    expect(quietInline([{ text: "50%" }, link], { textFilter: hashnodeText })).toBeUndefined();
    expect(
      quietInline([{ text: "$5 or " }, { text: "$6", marks: ["em"] }], {
        textFilter: escapeMathDollars,
      }),
    ).toBeUndefined();
  });

  it("lets a filter pass what it leaves alone", () => {
    expect(quietInline([{ text: "+113%" }], { textFilter: hashnodeText })).toBe("+113%");
    expect(
      quietInline([{ text: "50% of " }, { text: "b", href: "https://x.example" }], {
        textFilter: hashnodeText,
      }),
    ).toBe("50% of [b](https://x.example)");
    expect(quietInline([{ text: "passed $4 a pound" }], { textFilter: escapeMathDollars })).toBe(
      "passed $4 a pound",
    );
  });
});
