import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Article } from "@broadsheet/article";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Every path a user runs over an article's text takes time linear in its size, on the shapes that
 * make regular expressions and parsers slow down faster: long runs of one character or a short
 * unit, with something before and after. Each shape is run at 5, 20 and 80 KB; 4x the input must
 * take under 12x the time (best of up to three runs). Ratios, never absolute times. The paths run
 * in a worker over the built packages, so that a run far past its ratio is stopped, not waited for.
 */

/** Each size is 4x the one before. */
const SIZES = [5_000, 20_000, 80_000];
const MAX_RATIO = 4 * 3;
/** Below this many milliseconds a run is timer noise; it stands for the smaller size's time. */
const NOISE_MS = 3;

const HEAD = '---\nheadline: "Shapes"\ndatePublished: "2025-09-14T08:00:00+02:00"\n---\n\n';

const PUNCTUATION = [..."!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"];
const UNITS = [
  ...PUNCTUATION,
  " ",
  "\t",
  "{{",
  "- ",
  "> ",
  "1. ",
  "9.",
  "_a",
  "a*",
  "*a",
  "a_",
  "~a",
  "*a ",
  "`a",
  "!a",
  "http",
  "[a](",
  "](",
  "<a",
  "&#",
  "\\*",
  "| a ",
  "p\n\n",
  "a\n",
  "# a\n",
  "k: 1\n",
];
const PREFIXES = ["", "a", "x ", "> ", "- ", "> [!ASIDE] a", "*a "];
const SUFFIXES = ["", "b", "\n", "a*", "x", "b\n> c"];

interface Shape {
  prefix: string;
  unit: string;
  suffix: string;
}

/** The shapes named in the issue, always run, before random mixes. */
const NAMED: Shape[] = [
  ...UNITS.map((unit) => ({ prefix: "", unit, suffix: "" })),
  { prefix: "a", unit: " ", suffix: "b" },
  { prefix: "a", unit: "\t", suffix: "b" },
  { prefix: "> [!ASIDE] a", unit: " ", suffix: "" },
  { prefix: "> [!ASIDE] a", unit: " ", suffix: "b\n> c" },
  { prefix: "x ", unit: "- ", suffix: "x" },
  { prefix: "", unit: "- ", suffix: "x" },
  { prefix: "*a ", unit: "*a ", suffix: "a*" },
];

const shape: fc.Arbitrary<Shape> = fc.record({
  prefix: fc.constantFrom(...PREFIXES),
  unit: fc.constantFrom(...UNITS),
  suffix: fc.constantFrom(...SUFFIXES),
});

function body({ prefix, unit, suffix }: Shape, size: number): string {
  const count = Math.max(1, Math.ceil((size - prefix.length - suffix.length) / unit.length));
  return `${prefix}${unit.repeat(count)}${suffix}`;
}

/** A Markdown file with the shape as its body, or as its front matter for `key: value` lines. */
function markdownFile(shaped: Shape, size: number): string {
  if (shaped.unit !== "k: 1\n") return `${HEAD}${body(shaped, size)}\n`;
  const keys = Array.from({ length: Math.ceil(size / 8) }, (_, index) => `k${index}: 1`);
  return `---\n${keys.join("\n")}\n---\n\nText.\n`;
}

function article(text: string): Article {
  return {
    schemaVersion: 1,
    id: "shapes",
    slug: "shapes",
    headline: "Shapes",
    datePublished: "2025-09-14T08:00:00+02:00",
    body: [{ type: "paragraph", content: [{ text }] }],
  };
}

/** The paths a user runs, as the worker runs them: name -> what it is given and does. */
const PATHS = {
  "read .md (validate)": "md",
  "read .json (validate)": "json",
  "read .txt (wire copy import)": "txt",
  "toMarkdown, every profile (export)": "export",
} as const;
type PathKind = (typeof PATHS)[keyof typeof PATHS];

function input(kind: PathKind, shaped: Shape, size: number): string {
  if (kind === "md") return markdownFile(shaped, size);
  if (kind === "txt") return body(shaped, size);
  return JSON.stringify(article(body(shaped, size)));
}

/**
 * Runs one path on a text in a worker thread over the built packages (turbo builds them before
 * the tests) and reports the milliseconds it took, so that a run far over its time can be stopped
 * instead of waited for.
 */
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const loaded = Promise.all([import(workerData.content), import(workerData.markdown)]);
parentPort.on("message", async ({ kind, text }) => {
  const [content, markdown] = await loaded;
  const start = performance.now();
  if (kind === "md") content.parseArticleText(text, "markdown", "shape.md");
  else if (kind === "json") content.parseArticleText(text, "json", "shape.json");
  else if (kind === "txt") content.parseArticleText(text, "wire-text", "shape.txt");
  else {
    const article = JSON.parse(text);
    for (const profile of markdown.PROFILE_NAMES) markdown.toMarkdown(article, { profile });
  }
  parentPort.postMessage(performance.now() - start);
});
`;

const WORKER_DATA = {
  content: new URL("../dist/index.js", import.meta.url).href,
  markdown: pathToFileURL(createRequire(import.meta.url).resolve("@broadsheet/markdown")).href,
};

class Runner {
  #worker = new Worker(WORKER, { eval: true, workerData: WORKER_DATA });

  /** Milliseconds the run took, or undefined when it was stopped after `limitMs`. */
  run(
    kind: PathKind,
    text: string,
    limitMs = Number.POSITIVE_INFINITY,
  ): Promise<number | undefined> {
    return new Promise((resolve, reject) => {
      const worker = this.#worker;
      const stop =
        limitMs === Number.POSITIVE_INFINITY
          ? undefined
          : setTimeout(() => {
              worker.removeAllListeners();
              void worker.terminate();
              this.#worker = new Worker(WORKER, { eval: true, workerData: WORKER_DATA });
              resolve(undefined);
            }, limitMs);
      worker.once("message", (ms: number) => {
        clearTimeout(stop);
        worker.removeAllListeners("error");
        resolve(ms);
      });
      worker.once("error", (error) => {
        clearTimeout(stop);
        reject(error);
      });
      worker.postMessage({ kind, text });
    });
  }

  close(): Promise<number> {
    return this.#worker.terminate();
  }
}

/** One step up in size: the time at each size (best of up to three runs) and their ratio. */
interface Step {
  from: number;
  to: number;
  fromMs: number;
  toMs: number;
  ratio: number;
  stopped: boolean;
}

/**
 * Times the path at each size, each run stopped once it is past the ratio to the size before
 * (plus time for the messages), so a slow path fails in seconds. The first step that is too
 * slow, or undefined. Every size's time is the best of up to three runs.
 */
async function slowStep(runner: Runner, kind: PathKind, shaped: Shape): Promise<Step | undefined> {
  const texts = SIZES.map((size) => input(kind, shaped, size));
  const [first = ""] = texts;
  await runner.run(kind, first);
  let previousMs = (await runner.run(kind, first)) ?? Number.POSITIVE_INFINITY;
  for (let index = 1; index < texts.length; index++) {
    const limit = Math.max(previousMs, NOISE_MS) * MAX_RATIO;
    let best = Number.POSITIVE_INFINITY;
    let stopped = false;
    for (let attempt = 0; attempt < 3 && !(best < limit); attempt++) {
      const ms = await runner.run(kind, texts[index] ?? "", limit + 250);
      stopped = ms === undefined;
      best = Math.min(best, ms ?? limit);
    }
    if (best >= limit) {
      const ratio = best / Math.max(previousMs, NOISE_MS);
      const [from = 0, to = 0] = [SIZES[index - 1], SIZES[index]];
      return { from, to, fromMs: previousMs, toMs: best, ratio, stopped };
    }
    previousMs = best;
  }
  return undefined;
}

function describeStep(shaped: Shape, step: Step): string {
  const stopped = step.stopped ? "stopped after " : "";
  return `${label(shaped)}: ${step.fromMs.toFixed(1)} ms at ${step.from / 1000} KB, ${stopped}${step.toMs.toFixed(1)} ms at ${step.to / 1000} KB (${step.ratio.toFixed(1)}x)`;
}

function label({ prefix, unit, suffix }: Shape): string {
  return JSON.stringify(`${prefix}${unit}…${unit}${suffix}`);
}

describe("linear time on pathological shapes (4x the input, under 12x the time)", () => {
  for (const [name, kind] of Object.entries(PATHS)) {
    test(name, { timeout: 180_000 }, async () => {
      const runner = new Runner();
      const slow: string[] = [];
      try {
        await fc.assert(
          fc.asyncProperty(shape, async (shaped) => {
            const step = await slowStep(runner, kind, shaped);
            if (step) slow.push(describeStep(shaped, step));
          }),
          { examples: NAMED.map((named) => [named]), numRuns: NAMED.length + 12 },
        );
      } finally {
        await runner.close();
      }
      expect(slow).toEqual([]);
    });
  }
});
