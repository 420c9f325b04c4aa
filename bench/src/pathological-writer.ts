import type { Article, Inline } from "@broadsheet/article";
import { PROFILE_NAMES, type ProfileName, toMarkdown } from "@broadsheet/markdown";
import { fromWireText } from "@broadsheet/wire";
import { formatNumber, printTable } from "./print-table.js";

/**
 * toMarkdown (and `broadsheet import`: fromWireText then toMarkdown) on the shapes that made the
 * writer slow, at growing sizes: linear time shows as about 2x the time for 2x the input.
 * Run `npx tsx src/pathological-writer.ts` in bench/ after building the packages
 * (`npx -y pnpm@10.34.9 --filter @broadsheet/markdown... build`); sizes stop growing once a run
 * takes longer than STOP_MS.
 */

const SIZES = [25e3, 50e3, 100e3, 200e3];
const STOP_MS = 30_000;

function article(body: Article["body"]): Article {
  return {
    schemaVersion: 1,
    id: "pathological",
    slug: "pathological",
    headline: "Pathological",
    datePublished: "2025-01-31T12:00:00Z",
    body,
  };
}

function paragraph(content: Inline): Article["body"][number] {
  return { type: "paragraph", content };
}

function dashes(size: number): string {
  return `${"- ".repeat(size / 2)}x`;
}

interface Shape {
  name: string;
  profiles: readonly ProfileName[];
  /** The work for an input of about `size` characters. */
  prepare: (size: number) => (profile: ProfileName) => unknown;
}

const SHAPES: Shape[] = [
  {
    name: "paragraph of `- - - … x`",
    profiles: PROFILE_NAMES,
    prepare: (size) => {
      const input = article([paragraph([{ text: dashes(size) }])]);
      return (profile) => toMarkdown(input, { profile });
    },
  },
  {
    name: "wire copy of `- - - … x` (import: fromWireText + toMarkdown)",
    profiles: ["broadsheet"],
    prepare: (size) => {
      const text = `Headline\n\nBody.\n\n${dashes(size)}\n`;
      return (profile) => toMarkdown(fromWireText(text), { profile });
    },
  },
  {
    name: "paragraph `a` + spaces + `b`",
    profiles: ["broadsheet", "gfm"],
    prepare: (size) => {
      const input = article([paragraph([{ text: `a${" ".repeat(size)}b` }])]);
      return (profile) => toMarkdown(input, { profile });
    },
  },
  {
    name: "image caption `a` + spaces + `b`",
    profiles: ["gfm", "hugo"],
    prepare: (size) => {
      const input = article([
        {
          type: "image",
          src: "https://a.example/a.jpg",
          alt: "A",
          caption: [{ text: `a${" ".repeat(size)}b` }],
        },
      ]);
      return (profile) => toMarkdown(input, { profile });
    },
  },
  {
    name: "table cell `|` + backslashes",
    profiles: ["broadsheet"],
    prepare: (size) => {
      const input = article([
        { type: "table", header: [[{ text: `|${"\\".repeat(size)}x` }]], rows: [] },
      ]);
      return (profile) => toMarkdown(input, { profile });
    },
  },
  {
    name: "paragraph of `^ ` (kramdown's block end)",
    profiles: ["jekyll"],
    prepare: (size) => {
      const input = article([paragraph([{ text: `a${"^ ".repeat(size / 2)}` }])]);
      return (profile) => toMarkdown(input, { profile });
    },
  },
  {
    name: "emphasis spans ` a ` between letters (HTML tags)",
    profiles: ["broadsheet"],
    prepare: (size) => {
      const content: Inline = [];
      for (let at = 0; at < size / 4; at++) {
        content.push({ text: " a ", marks: ["em"] }, { text: "b" });
      }
      return (profile) => toMarkdown(article([paragraph(content)]), { profile });
    },
  },
];

function bestMs(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3; attempt++) {
    const start = performance.now();
    run();
    const ms = performance.now() - start;
    best = Math.min(best, ms);
    if (ms > 2000) break;
  }
  return best;
}

console.log(`Pathological inputs for the writer — Node ${process.version}`);
for (const shape of SHAPES) {
  const rows: string[][] = [];
  for (const profile of shape.profiles) {
    const cells: string[] = [profile];
    let previous: number | undefined;
    for (const size of SIZES) {
      if (previous !== undefined && previous > STOP_MS) {
        cells.push("-");
        continue;
      }
      const work = shape.prepare(size);
      const ms = bestMs(() => work(profile));
      cells.push(
        previous === undefined
          ? formatNumber(ms)
          : `${formatNumber(ms)} (${formatNumber(ms / previous)}x)`,
      );
      previous = ms;
    }
    rows.push(cells);
  }
  printTable(
    `${shape.name}: ms, best of 3 (growth for 2x input)`,
    ["profile", ...SIZES.map((size) => `${size / 1e3} KB`)],
    rows,
  );
}
