import type { Test } from "./text-contexts.js";
import {
  type Flanking,
  type Place,
  READERS,
  type Reader,
  type ReaderFacts,
  RULES,
  WRITE,
} from "./text-rules.js";

/** A rule for one character as a filter applies it: its pattern, place, test and WRITE flags. */
export interface CompiledRule {
  /** The character with its `before` and `after` text: sticky, or anchored at a line start. */
  pattern: RegExp;
  at: Place | undefined;
  when: Test | undefined;
  write: number;
}

/** The rules (text-rules.ts) for a profile's readers and ours, compiled, and their forms. */
export interface TextFilter {
  readonly readers: readonly Reader[];
  /** The rules for a character wherever it stands, by UTF-16 code unit; 1 in `ruled` for each. */
  readonly rules: ReadonlyMap<number, readonly CompiledRule[]>;
  readonly ruled: Uint8Array;
  readonly lineRules: readonly CompiledRule[];
  readonly endRules: ReadonlyMap<number, readonly CompiledRule[]>;
  /**
   * The one fast path (undefined with it off): patterns finding every character `rules` may act
   * on, so only those are looked at (a class of them, and one pattern per character whose rule
   * needs text before it: V8 scans each alone far faster than one alternation); and one pattern
   * of the line rules.
   */
  readonly screens: readonly RegExp[] | undefined;
  readonly lineScreen: RegExp | undefined;
  readonly noBackslash: string;
  readonly hardBreak: "\\\n" | "  \n" | "\n";
  readonly liquid: boolean;
  readonly flanking: readonly Flanking[];
  /** Whether every reader keeps raw HTML tags, so a mark may be written as one. */
  readonly tags: boolean;
  readonly screened: TextFilter;
  readonly unscreened: TextFilter;
}

const LINE_PLACES: readonly (Place | undefined)[] = ["line", "start", "block start"];
const END_PLACES: readonly (Place | undefined)[] = ["end", "heading end"];

const unit = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;

function add<T>(into: Map<number, T[]>, char: string, item: T): void {
  into.set(char.charCodeAt(0), [...(into.get(char.charCodeAt(0)) ?? []), item]);
}

/**
 * The filter for text read with `readers` and ours (`commonmark`, `marked`). Its screen finds
 * each ruled character, or where its `before` text starts with a letter, both (`www.`).
 */
export function textFilter(...readers: Reader[]): TextFilter {
  const all = [...new Set<Reader>(["commonmark", "marked", ...readers])];
  const rules = new Map<number, CompiledRule[]>();
  const endRules = new Map<number, CompiledRule[]>();
  const lineRules: CompiledRule[] = [];
  const bare = new Set<string>();
  const parts = new Map<string, string>();
  for (const { chars, before, after, at, when, readers: ruleReaders, write } of RULES) {
    if (!ruleReaders.some((reader) => all.includes(reader))) continue;
    const set = `[${[...chars].map(unit).join("")}]${after ? `(?=${after})` : ""}`;
    const line = LINE_PLACES.includes(at);
    const pattern = line
      ? new RegExp(`^${before ?? ""}${set}`, "u")
      : new RegExp(`${before ? `(?<=${before})` : ""}${set}`, "uy");
    const compiled = { pattern, at, when, write: WRITE[write] };
    if (line) lineRules.push(compiled);
    else if (END_PLACES.includes(at)) for (const char of chars) add(endRules, char, compiled);
    else {
      for (const char of chars) {
        add(rules, char, compiled);
        const lead =
          when === undefined && before !== undefined && /^(?:[A-Za-z]|\[[A-Za-z]+\])/.test(before);
        if (lead) parts.set(`${before}${unit(char)}`, unit(char));
        else bare.add(unit(char));
      }
    }
  }
  const ruled = new Uint8Array(0x10000);
  for (const code of rules.keys()) ruled[code] = 1;
  const facts: ReaderFacts[] = all.map((reader) => READERS[reader]);
  const base = {
    readers: all,
    rules,
    ruled,
    lineRules,
    endRules,
    noBackslash: facts.map((fact) => fact.noBackslash ?? "").join(""),
    hardBreak: facts.find((fact) => fact.hardBreak)?.hardBreak ?? "\\\n",
    liquid: facts.some((fact) => fact.liquid),
    flanking: [...new Set(facts.flatMap((fact) => fact.flanking ?? []))],
    tags: !facts.some((fact) => fact.dropsHtml),
  };
  const partScreens = [...parts].filter(([, char]) => !bare.has(char)).map(([part]) => part);
  const lines = lineRules.map((rule) => rule.pattern.source.slice(1)).join("|");
  const screened = {
    ...base,
    screens: [`[${[...bare].join("")}]`, ...partScreens].map((source) => new RegExp(source, "g")),
    lineScreen: new RegExp(`^(?:${lines})`, "u"),
  };
  const unscreened = { ...base, screens: undefined, lineScreen: undefined };
  Object.assign(screened, { screened, unscreened });
  Object.assign(unscreened, { screened, unscreened });
  return screened as unknown as TextFilter;
}

/** Whether the writer takes its fast path where the caller does not say (off for one test run). */
export const FAST_PATHS = { byDefault: true };
