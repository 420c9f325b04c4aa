import { timeRatio } from "@broadsheet/article/testing";
import { describe, expect, test } from "vitest";
import { readOpml } from "./follow/read-opml.js";
import { writeOpml } from "./follow/write-opml.js";

/** 1 MB, then 10 MB: linear work takes about 10x the time, quadratic 100x. */
const START = 1_000_000;
const FACTOR = 10;
const LIMIT = 25;

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}

const OPML = '<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>';

/** OPML files made to make an importer slow, each as long as asked. */
const SHAPES: Record<string, (size: number) => string> = {
  "many feeds": (size) =>
    OPML +
    repeatTo(
      '<outline type="rss" text="T" xmlUrl="https://a.example/f" htmlUrl="https://a.example/"/>',
      size,
    ),
  "many distinct feeds": (size) => {
    const count = Math.ceil(size / 60);
    const outlines = Array.from(
      { length: count },
      (_, index) => `<outline text="F${index}" xmlUrl="https://f${index}.example/rss"/>`,
    );
    return OPML + outlines.join("");
  },
  "deep folders, then feeds": (size) =>
    OPML +
    '<outline text="f">'.repeat(250) +
    repeatTo('<outline xmlUrl="https://a.example/"/>', size),
  "refused addresses": (size) =>
    OPML + repeatTo('<outline text="x" xmlUrl="javascript:alert(1)"/>', size),
  "a long title of white space and controls": (size) =>
    `${OPML}<outline xmlUrl="https://a.example/" title="${repeatTo(" \t&#x202e;&#27; ", size)}"/>`,
  "a long address": (size) =>
    `${OPML}<outline xmlUrl="https://a.example/${repeatTo("a%20", size)}"/>`,
  "outlines never closed": (size) => OPML + repeatTo('<outline text="f">', size),
};

describe("OPML is read and written in time linear in its size (1 MB -> 10 MB)", () => {
  test.each(Object.keys(SHAPES))(
    "readOpml: %s",
    (name) => {
      const shape = SHAPES[name] as (size: number) => string;
      const { size, ratio } = timeRatio(shape, (text) => readOpml(text), {
        start: START,
        factor: FACTOR,
        limit: LIMIT,
        tries: 1,
      });
      expect(ratio, `${name}: ${size} -> ${FACTOR * size} characters`).toBeLessThan(LIMIT);
    },
    120_000,
  );

  test("writeOpml: many sources", () => {
    const sources = (size: number) =>
      Array.from({ length: Math.ceil(size / 80) }, (_, index) => ({
        url: `https://f${index}.example/rss?a=1&b=2`,
        title: `Feed "${index}" <&>`,
        addedAt: new Date(0),
      }));
    const { ratio } = timeRatio(sources, (list) => writeOpml(list), {
      start: START,
      factor: FACTOR,
      limit: LIMIT,
      tries: 1,
    });
    expect(ratio).toBeLessThan(LIMIT);
  }, 120_000);
});
