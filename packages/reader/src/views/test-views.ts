import { stripVTControlCharacters } from "node:util";
import type { Article } from "@broadsheet/article";
import { minimalArticle as article } from "@broadsheet/article/testing";

/** Waits for Ink: effects to run, a pending lone Esc to be flushed, the frame to be written. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** Writes keys to an ink-testing-library stdin, one write each, waiting for Ink after each. */
export async function press(
  stdin: { write(data: string): void },
  ...keys: string[]
): Promise<void> {
  for (const key of keys) {
    stdin.write(key);
    await settle();
  }
}

/** A frame without its escape sequences, as rows with trailing spaces removed. */
export function plainRows(frame: string | undefined): string[] {
  return stripVTControlCharacters(frame ?? "")
    .split("\n")
    .map((row) => row.trimEnd());
}

/** Raw key sequences as a terminal sends them. */
export const KEYS = {
  up: "\u001b[A",
  down: "\u001b[B",
  pageDown: "\u001b[6~",
  pageUp: "\u001b[5~",
  home: "\u001b[H",
  end: "\u001b[F",
  enter: "\r",
  escape: "\u001b",
  backspace: "\u007f",
  ctrlC: "\u0003",
  f1: "\u001bOP",
} as const;

const FILLER = ["harbour", "bridge", "council", "ferry", "tide", "steel", "crane", "quay"];

/** A paragraph whose every other word is its id, so any of its lines tells which it is. */
export function paragraphText(id: string, words = 40): string {
  return Array.from({ length: words }, (_, i) =>
    i % 2 === 0 ? id : (FILLER[i % FILLER.length] as string),
  ).join(" ");
}

/** The section titles of {@link longArticle}. */
export const SECTIONS = ["What it cost", "Who crossed first", "What comes next"];

/** A long article: a lead, three sections of six paragraphs, "zeppelin" three times. */
export function longArticle(overrides: Partial<Article> = {}): Article {
  const body: Article["body"] = [
    { type: "paragraph", content: [{ text: `${paragraphText("lead")} zeppelin.` }] },
  ];
  SECTIONS.forEach((title, s) => {
    body.push({ type: "heading", level: 2, content: [{ text: title }] });
    for (let p = 1; p <= 6; p++) {
      const extra = s === 1 && (p === 2 || p === 5) ? " zeppelin" : "";
      body.push({
        type: "paragraph",
        content: [{ text: `${paragraphText(`s${s + 1}p${p}`)}${extra}.` }],
      });
    }
  });
  return article({
    id: "long",
    slug: "long",
    headline: "The Harbour Bridge Reopens",
    body,
    ...overrides,
  });
}
