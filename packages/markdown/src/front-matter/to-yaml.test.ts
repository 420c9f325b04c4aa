import fc from "fast-check";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { toYaml } from "./to-yaml.js";

const risky = fc.constantFrom(
  "yes",
  "no",
  "on",
  "off",
  "y",
  "n",
  "Y",
  "N",
  "~",
  "null",
  "Null",
  "true",
  "False",
  "12:30",
  "190:20:30",
  "2024-08-06",
  "2024-08-06T10:00:00+02:00",
  "1_000",
  "0777",
  "0o17",
  "0x1A",
  "1e3",
  ".5",
  ".inf",
  ".NaN",
  "<<",
  "=",
  ":sym",
  "- a",
  "# not a comment",
  "a: b",
  "[x]",
  "{y}",
  "'quoted'",
  '"dq"',
  "@at",
  "`tick`",
  "|",
  ">",
  "!tag",
  "%p",
  "&anchor",
  "*alias",
  "?",
  "—",
  "Kyiv, Ukraine",
  "it's",
  " lead",
  "trail ",
);

test("every string reads back as the same text with YAML 1.1 and 1.2", () => {
  fc.assert(
    fc.property(
      fc.dictionary(
        fc.constantFrom("kicker", "description", "license"),
        fc.oneof(risky, fc.string()),
      ),
      fc.array(fc.oneof(risky, fc.string()), { maxLength: 4 }),
      (fields, keywords) => {
        const data = { ...fields, keywords };
        const yaml = toYaml(data);
        expect(parse(yaml, { version: "1.1" })).toEqual(data);
        expect(parse(yaml)).toEqual(data);
      },
    ),
    { numRuns: 200 },
  );
});

test("YAML 1.1 look-alikes are double-quoted, plain text stays plain, numbers stay numbers", () => {
  expect(
    toYaml({
      kicker: "yes",
      date: "2024-08-06",
      time: "12:30",
      place: "Kyiv, Ukraine",
      width: 1200,
    }),
  ).toBe('kicker: "yes"\ndate: "2024-08-06"\ntime: "12:30"\nplace: Kyiv, Ukraine\nwidth: 1200\n');
});

test("long strings are not folded", () => {
  const description = "word ".repeat(40).trim();
  expect(toYaml({ description })).toBe(`description: ${description}\n`);
});
