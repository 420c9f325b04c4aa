import type { Article, Block, Inline, Mark, Paragraph } from "@broadsheet/article";

const ASCII_PUNCTUATION = [..."!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"];

/**
 * Runs that have made writers slow: every ASCII punctuation character, alone, after a letter
 * and before a space, and the block and inline starts (`- `, `> `, `# `, `1. `, `{{`, `{%`, …),
 * pipes with dashes and backslashes, hard breaks, autolink triggers, marks next to letters.
 */
export const PATHOLOGICAL_UNITS: readonly string[] = [
  ...ASCII_PUNCTUATION,
  ...ASCII_PUNCTUATION.map((char) => `a${char}`),
  ...ASCII_PUNCTUATION.map((char) => `${char} `),
  " ",
  "a ",
  "- ",
  "> ",
  "* ",
  "+ ",
  "# ",
  "1. ",
  "1) ",
  "1.",
  "{{",
  "{%",
  "{{<",
  "%[",
  "$$",
  "|-",
  "| - ",
  "\\|",
  "^ ",
  "&#",
  "&amp;",
  "www.",
  "http://",
  "a@",
  "<a",
  "</",
  "![",
  "[a](",
  "~~a",
  "**a",
  "__a",
  "\n",
  "a\n",
  "- \n",
  "> \n",
  "  \n",
  "=\n",
  "-\n",
  "\u00a0",
  "\u2028",
];

/** What the generated runs are made of, a few characters at a time. */
export const PATHOLOGICAL_ALPHABET: readonly string[] = [...ASCII_PUNCTUATION, " ", "a", "1", "\n"];

/** The run on one line: line breaks become spaces. */
function oneLine(run: string): string {
  return run.replace(/[\n\u2028\u2029]/g, " ");
}

/** A label (no edge whitespace, one line) holding the run. */
function label(run: string): string {
  return `A${oneLine(run)}Z`;
}

/** A URL path holding the run: characters a URL cannot hold percent-encoded. */
function urlOf(run: string): string {
  const path = oneLine(run).replace(/[\s%]/g, (char) => `%${char.charCodeAt(0).toString(16)}`);
  return `https://a.example/${path}`;
}

/** Link URLs hold at most this many characters of the run (the model allows 4096 in all). */
const URL_RUN = 1000;

/** "many marked spans" cuts the run into spans this long, with these marks in turn. */
const SPAN_LENGTH = 3;
const SPAN_MARKS: readonly Mark[][] = [
  ["em"],
  [],
  ["strong"],
  ["strike"],
  [],
  ["em", "strike"],
  [],
];

function paragraph(content: Inline): Paragraph {
  return { type: "paragraph", content };
}

/** Where a run is written: one article shape per place the writer treats on its own. */
export const PATHOLOGICAL_PLACES = {
  "paragraph start": (run: string): Block[] => [paragraph([{ text: `${run}x` }])],
  "paragraph middle": (run: string): Block[] => [paragraph([{ text: `a${run}b` }])],
  "marked spans": (run: string): Block[] => [
    paragraph([
      { text: run },
      { text: `${run}b`, marks: ["em"] },
      { text: run, marks: ["strike"] },
      { text: `c${run}`, marks: ["strong", "sup"] },
      { text: run, marks: ["code"] },
    ]),
  ],
  "many marked spans": (run: string): Block[] => {
    const spans: Inline = [];
    for (let at = 0; at < run.length; at += SPAN_LENGTH) {
      const marks = SPAN_MARKS[(at / SPAN_LENGTH) % SPAN_MARKS.length] as Mark[];
      const text = run.slice(at, at + SPAN_LENGTH);
      spans.push(marks.length > 0 ? { text, marks } : { text });
    }
    return [paragraph(spans)];
  },
  heading: (run: string): Block[] => [
    { type: "heading", level: 2, content: [{ text: `${run}x` }] },
  ],
  "list items": (run: string): Block[] => [
    { type: "list", ordered: false, items: [[{ text: `${run}x` }], [{ text: `x${run}` }]] },
    { type: "list", ordered: true, items: [[{ text: `${run}x` }]] },
  ],
  quote: (run: string): Block[] => [
    {
      type: "blockquote",
      style: "pull",
      paragraphs: [[{ text: `${run}x` }]],
      attribution: label(run),
    },
  ],
  "fact box": (run: string): Block[] => [
    { type: "aside", title: label(run), content: [paragraph([{ text: `${run}x` }])] },
  ],
  "table cells and caption": (run: string): Block[] => [
    {
      type: "table",
      caption: label(run),
      header: [[{ text: `|${run}x` }], [{ text: `a${run}` }]],
      rows: [[[{ text: `${run}b` }], [{ text: `|${run}`, marks: ["code"] }]]],
    },
  ],
  "image alt, caption and credit": (run: string): Block[] => [
    {
      type: "image",
      src: "https://a.example/a.jpg",
      alt: label(run),
      caption: [{ text: `a${run}b` }, { text: `a${run}b`, marks: ["em"] }],
      credit: label(run),
    },
  ],
  embed: (run: string): Block[] => [
    { type: "embed", url: "https://a.example/v", provider: label(run), fallback: label(run) },
  ],
  "link text and URL": (run: string): Block[] => {
    const links: Inline = [];
    for (let at = 0; at < run.length; at += URL_RUN) {
      const part = run.slice(at, at + URL_RUN);
      links.push({ text: `${part}x`, href: urlOf(part) }, { text: " " });
    }
    return [paragraph(links)];
  },
} as const satisfies Record<string, (run: string) => Block[]>;

/** A place name of PATHOLOGICAL_PLACES. */
export type PathologicalPlace = keyof typeof PATHOLOGICAL_PLACES;

/**
 * A valid article whose body holds the run where `place` says (after a lead paragraph, which
 * some profiles start with the dateline), and whose front matter holds it too.
 */
export function pathologicalArticle(place: PathologicalPlace, run: string): Article {
  const text = label(run);
  return {
    schemaVersion: 1,
    id: "pathological",
    slug: "pathological",
    headline: text,
    alternativeHeadline: text,
    description: text,
    keywords: [text],
    author: [{ name: text, role: text }],
    dateline: { place: text, source: text },
    datePublished: "2025-01-31T12:00:00Z",
    body: [paragraph([{ text: "Lead." }]), ...PATHOLOGICAL_PLACES[place](run)],
  };
}

/** The unit repeated to about `size` characters. */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}
