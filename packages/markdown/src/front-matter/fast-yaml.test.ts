import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileStrings } from "../test-hostile-strings.js";
import { fastYaml } from "./fast-yaml.js";
import { toYamlByPackage } from "./to-yaml.js";

const CORPUS = hostileStrings(
  "yaml-breakers",
  "unicode",
  "prose",
  "block-starters",
  "inline-syntax",
).map((entry) => entry.text);

const RISKY = [
  ...["yes", "No", "ON", "off", "y", "N", "~", "null", "NULL", "true", "False", "<<", "="],
  ...["12:30", "190:20:30", "2024-08-06", "2024-08-06T10:00:00+02:00", "1_000", "0777"],
  ...["0o17", "0x1A", "0b101", "1e3", "e5", "E0", ".5", "5.", "+1", "-2", ".inf", ".NaN", ":sym"],
  ...["- a"],
  ...["-", "?", "? a", "a:", "a :", "a: b", "a #b", "a#b", "#c", "---", "--- a", "...", "%p"],
  ...["[x]", "{y}", "'q'", '"d"', "@at", "`t`", "|", ">", "!tag", "&a", "*a", ", a", "a\tb"],
  ...["Kyiv, Ukraine", "it's", "Russia's Kursk", "https://a.example/b?c=d#e", "—", "é", "😀"],
  ...[" lead", "trail ", "", "a\nb", "\u0085", "\u2028", "\u007f", "\u00a0", "\ufeff", "x\\y"],
];

const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...RISKY, ...CORPUS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
);

const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("headline", "place", "width", "rule", "tags", "x_1") },
  { weight: 1, arbitrary: fc.constantFrom("true", "null", "1", "a b", "a:", "-x", "", "Yes") },
);

const leaf = fc.oneof(
  { weight: 8, arbitrary: text },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1.5, 1e21, Number.NaN, -7) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
);

const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 6, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(tie("value"), { maxLength: 4 }) },
    { weight: 1, arbitrary: tie("map") },
  ),
  map: fc.dictionary(key, tie("value"), { maxKeys: 4 }),
}));

const data = fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }) as fc.Arbitrary<
  Record<string, unknown>
>;

describe("fastYaml", () => {
  it("writes exactly what the yaml package writes, whenever it writes anything", () => {
    let taken = 0;
    fc.assert(
      fc.property(data, fc.boolean(), (fields, quoteAll) => {
        const fast = fastYaml(fields, quoteAll);
        if (fast === undefined) return;
        taken++;
        expect(fast).toBe(toYamlByPackage(fields, { quote: quoteAll ? "all" : "needed" }));
      }),
      { numRuns: 20_000 },
    );
    expect(taken).toBeGreaterThan(2_000);
  }, 60_000);

  it("agrees with the yaml package on every corpus string, as a value and in lists", () => {
    let taken = 0;
    for (const string of [...RISKY, ...CORPUS]) {
      for (const quoteAll of [false, true]) {
        const fields = { title: string, dateline: { place: string }, tags: ["a", string] };
        const nested = { warnings: [{ rule: "x", note: string }] };
        for (const sample of [fields, nested, { [string]: 1 }]) {
          const fast = fastYaml(sample, quoteAll);
          if (fast === undefined) continue;
          taken++;
          expect(fast, JSON.stringify(string)).toBe(
            toYamlByPackage(sample, { quote: quoteAll ? "all" : "needed" }),
          );
        }
      }
    }
    expect(taken).toBeGreaterThan(200);
  }, 60_000);

  it("writes a canonical article's front matter itself", () => {
    const fields = {
      schemaVersion: 1,
      headline: "Ukraine Claims Continued Control of Territory in Russia's Kursk Region",
      dateline: { place: "Kyiv, Ukraine" },
      datePublished: "2025-08-03T09:00:00+03:00",
      keywords: ["Ukraine", "North Korea"],
      isBasedOn: { warnings: [{ rule: "repeated-headline", note: "Dropped a copy." }] },
    };
    expect(fastYaml(fields, false)).toBe(
      [
        "schemaVersion: 1",
        "headline: Ukraine Claims Continued Control of Territory in Russia's Kursk Region",
        "dateline:",
        "  place: Kyiv, Ukraine",
        'datePublished: "2025-08-03T09:00:00+03:00"',
        "keywords:",
        "  - Ukraine",
        "  - North Korea",
        "isBasedOn:",
        "  warnings:",
        "    - rule: repeated-headline",
        "      note: Dropped a copy.",
        "",
      ].join("\n"),
    );
  });

  it("double-quotes what the yaml package would quote, and leaves it the rest", () => {
    expect(fastYaml({ title: "Kino Sternwarte: 100 Jahre" }, false)).toBe(
      'title: "Kino Sternwarte: 100 Jahre"\n',
    );
    expect(fastYaml({ title: "it's #1" }, false)).toBe('title: "it\'s #1"\n');
    for (const string of ["a\nb", "a\tb", "--- a", '"d"', 'say "hi": x', "x\\y: z", "😀: a"]) {
      expect(fastYaml({ title: string }, false), string).toBeUndefined();
    }
    expect(fastYaml({ tags: [] }, false)).toBeUndefined();
    expect(fastYaml({ width: 1.5 }, false)).toBeUndefined();
    expect(fastYaml({ title: null }, false)).toBeUndefined();
  });
});
