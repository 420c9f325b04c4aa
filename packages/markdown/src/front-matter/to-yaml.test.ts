import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { hostileStrings } from "../test-hostile-strings.js";
import { skipWithout } from "./test-external-tool.js";
import { readByPsych } from "./test-psych.js";
import { plainSafe, toYaml } from "./to-yaml.js";

/** Pieces that make plain-looking strings and the look-alikes and breakers among them. */
const PIECES = [
  ...["a", "Z", "é", "ß", "Ж", "東", "ǅ", "\u0301", "٣", "Ⅻ", "0", "7", " ", " ", "😀"],
  ...[".", ",", ";", ":", "'", "’", "“", "(", ")", "/", "?", "!", "&", "+", "%", "@", "_"],
  ...["…", "–", "—", "-", "#", '"', "\\", "~", "*", "[", "]", "{", "}", "|", ">", "<", "`"],
  ...["=", "$", "^", "\t", "\n", "\r", "\u00a0", "\u0085", "\u2028", "\u2029", "\ufeff"],
  ...["\u007f", "\u0000", "\u001b", "\ufffe", "\ue000", "\\x2D"],
  ...["yes", "No", "on", "OFF", "y", "N", "null", "Null", "true", "FALSE", "e5", "E+3"],
  ...["1.5", "2024-08-06", "12:30", "0x1A", "0o17", "1_000", ".inf", ".NaN", ": ", " #"],
  ...["---", "...", "<<", "- ", "? "],
];

const CORPUS = hostileStrings(
  "yaml-breakers",
  "unicode",
  "prose",
  "block-starters",
  "inline-syntax",
).map((entry) => entry.text);

const LONE_SURROGATE = /[\ud800-\udfff]/u;

const string = fc
  .oneof(
    { weight: 4, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }) },
    { weight: 1, arbitrary: fc.constantFrom(...CORPUS).map((text) => [text]) },
    {
      weight: 2,
      arbitrary: fc
        .string({ unit: "binary", maxLength: 12 })
        .filter((text) => !LONE_SURROGATE.test(text))
        .map((text) => [text]),
    },
  )
  .map((pieces) => pieces.join(""));

/** Any key but the merge key, which toYaml refuses. */
const key = string.filter((text) => text !== "<<");

const leaf = fc.oneof(
  { weight: 8, arbitrary: string },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.boolean() },
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

/** Front matter data: string keys (quoted where they must be), any values. */
const data = fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }) as fc.Arbitrary<
  Record<string, unknown>
>;

const quote = fc.constantFrom("needed", "all") as fc.Arbitrary<"needed" | "all">;

describe("toYaml", () => {
  it("is read back exactly by the yaml package, as YAML 1.2 and as YAML 1.1", () => {
    fc.assert(
      fc.property(data, quote, (fields, how) => {
        const yaml = toYaml(fields, { quote: how });
        expect(parse(yaml)).toEqual(fields);
        expect(parse(yaml, { version: "1.1" })).toEqual(fields);
      }),
      { numRuns: 3_000 },
    );
  });

  it("is read back exactly by Ruby's YAML (Psych: Jekyll, dev.to), in one batch", (context) => {
    skipWithout(context, "ruby");
    const samples = fc.sample(fc.tuple(data, quote), 3_000);
    const documents = samples.map(([fields, how]) => toYaml(fields, { quote: how }));
    const reads = readByPsych(documents);
    const wrong = samples.flatMap(([fields], index) => {
      const read = reads[index];
      const same = read !== undefined && "value" in read && isEqual(read.value, fields);
      return same ? [] : [{ yaml: documents[index], fields, read }];
    });
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it("writes plain what is provably safe, double quotes the rest", () => {
    const fields = {
      headline: "Northbridge Riverside Wins Its First National Rowing Title in 112 Years",
      place: "Kyiv, Ukraine",
      url: "https://broadsheet.example/articles/a-b?c=d",
      quote: "Kino Sternwarte: 100 Jahre",
      hash: "C# and F#",
      date: "2024-08-06",
      bool: "yes",
      lead: " lead",
      trail: "trail ",
      colon: "a:",
      quoted: 'say "hi"',
      lines: "a\nb\u2028c\u0085d",
      width: 1200,
      ratio: 1.5,
      big: 1e21,
      draft: false,
      empty: [],
      tags: ["Ukraine", "North Korea"],
      author: [{ name: "Ann", role: "Reporter" }],
    };
    expect(toYaml(fields)).toBe(
      [
        "headline: Northbridge Riverside Wins Its First National Rowing Title in 112 Years",
        "place: Kyiv, Ukraine",
        "url: https://broadsheet.example/articles/a-b?c=d",
        'quote: "Kino Sternwarte: 100 Jahre"',
        'hash: "C# and F#"',
        'date: "2024-08-06"',
        'bool: "yes"',
        'lead: " lead"',
        'trail: "trail "',
        'colon: "a:"',
        'quoted: "say \\"hi\\""',
        'lines: "a\\nb\\u2028c\\u0085d"',
        "width: 1200",
        "ratio: 1.5",
        "big: 1.0e+21",
        "draft: false",
        "empty: []",
        "tags:",
        "  - Ukraine",
        "  - North Korea",
        "author:",
        "  - name: Ann",
        "    role: Reporter",
        "",
      ].join("\n"),
    );
    expect(toYaml({ title: "Kyiv" }, { quote: "all" })).toBe('title: "Kyiv"\n');
  });

  it("never folds a long string", () => {
    const description = "word ".repeat(40).trim();
    expect(toYaml({ description })).toBe(`description: ${description}\n`);
  });

  it("refuses values YAML front matter cannot hold", () => {
    expect(() => toYaml({ when: new Date(0) })).toThrow(/front matter cannot hold/);
    expect(() => toYaml({ count: 1n })).toThrow(/front matter cannot hold a bigint/);
    expect(() => toYaml({ a: { "<<": "b" } })).toThrow(/key `<<`/);
  });
});

describe("plainSafe", () => {
  it("passes words, names, sentences and URLs, and nothing a reader takes for something else", () => {
    for (const text of ["Kyiv", "Neukölln", "Київ", "area 90 km²", "«Oui»", "a:b", "it's", "e2e"]) {
      expect(plainSafe(text), text).toBe(true);
    }
    for (const text of [
      "",
      "yes",
      "Off",
      "N",
      "NULL",
      "e5",
      "1",
      "~",
      "-a",
      "a #b",
      "a: b",
      "東京",
    ]) {
      expect(plainSafe(text), text).toBe(false);
    }
  });
});

/** Deep equality of what JSON carries (Psych's reads come back through JSON). */
function isEqual(read: unknown, fields: unknown): boolean {
  return JSON.stringify(read) === JSON.stringify(normalised(fields));
}

function normalised(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
