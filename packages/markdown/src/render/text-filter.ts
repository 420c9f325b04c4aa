import {
  CONTEXT_TEXT,
  type Context,
  type Flanking,
  LINE_RULES,
  type LineRule,
  READERS,
  type Reader,
  RULES,
  WRITE,
} from "./text-rules.js";

/** A rule of the table as a filter applies it: the context, and its forms as WRITE flags. */
export interface CompiledRule {
  at: Context;
  write: number;
}

/**
 * The rules of the table (text-rules.ts) for a profile's readers and ours, ready to apply:
 * running-text rules looked up by character, the rules tried only at line starts and the end,
 * the screens built from them, and the readers' own forms (hard breaks, what a backslash cannot
 * escape, Liquid over the HTML, flanking classes).
 */
export interface TextFilter {
  readonly readers: readonly Reader[];
  /** The rules for a character wherever it stands, by UTF-16 code unit. */
  readonly rules: ReadonlyMap<number, readonly CompiledRule[]>;
  /** 1 for every code unit `rules` holds. */
  readonly ruled: Uint8Array;
  /** The rules tried only where their context can hold (`(position)` in its name). */
  readonly positions: ReadonlyMap<number, readonly CompiledRule[]>;
  readonly lineRules: readonly (LineRule & { code: number })[];
  /**
   * The fast path (undefined with fast paths off): a global pattern that finds every character
   * `rules` may act on, with the text its context needs (CONTEXT_TEXT) where it has one, so
   * that only the characters it matches are looked up (else every character is); and one
   * pattern of every line rule, so that a line start it does not match is not tried rule by rule.
   */
  readonly screen: RegExp | undefined;
  readonly lineScreen: RegExp | undefined;
  readonly noBackslash: string;
  readonly hardBreak: "\\\n" | "  \n" | "\n";
  readonly liquid: boolean;
  readonly flanking: readonly Flanking[];
  /** Whether every reader keeps raw HTML tags (`<em>`), so a mark may be written as one. */
  readonly tags: boolean;
  /** This filter with its fast path, and without. */
  readonly screened: TextFilter;
  readonly unscreened: TextFilter;
}

const OURS: readonly Reader[] = ["commonmark", "marked"];

/** Adds a rule to a character's rules, or makes the one of the same context as strong as it. */
function addRule(into: Map<number, CompiledRule[]>, code: number, rule: CompiledRule): void {
  const list = into.get(code) ?? [];
  const same = list.find((other) => other.at === rule.at);
  if (same === undefined) list.push({ ...rule });
  else same.write |= rule.write;
  into.set(code, list);
}

const unit = (code: number) => `\\u${code.toString(16).padStart(4, "0")}`;

/**
 * The screen: a class of the characters with a context that needs no text around them, and
 * each other character with the text its context needs (CONTEXT_TEXT).
 */
function screenOf(rules: ReadonlyMap<number, readonly CompiledRule[]>): RegExp {
  const bare = new Set<string>();
  const texts = new Set<string>();
  for (const [code, list] of rules) {
    for (const rule of list) {
      const text = CONTEXT_TEXT[rule.at];
      if (text === undefined) bare.add(unit(code));
      else texts.add(`${text.before ?? ""}${unit(code)}${text.after ?? ""}`);
    }
  }
  return new RegExp([`[${[...bare].join("")}]`, ...texts].join("|"), "g");
}

/**
 * The filter for text a profile's target reads with `readers` (beside ours, `commonmark` and
 * `marked`, which read every profile back).
 */
export function textFilter(...readers: Reader[]): TextFilter {
  const all = [...new Set([...OURS, ...readers])];
  const applies = (rule: { readers: readonly Reader[] }) =>
    rule.readers.some((reader) => all.includes(reader));
  const rules = new Map<number, CompiledRule[]>();
  const positions = new Map<number, CompiledRule[]>();
  for (const rule of RULES.filter(applies)) {
    const compiled = { at: rule.at, write: WRITE[rule.write] };
    const into = rule.at.endsWith("(position)") ? positions : rules;
    for (const char of rule.chars) addRule(into, char.charCodeAt(0), compiled);
  }
  const ruled = new Uint8Array(0x10000);
  for (const code of rules.keys()) ruled[code] = 1;
  const lineRules = LINE_RULES.filter(applies).map((rule) => ({
    ...rule,
    code: WRITE[rule.write],
  }));
  const facts = all.map((reader) => READERS[reader]);
  const base = {
    readers: all,
    rules,
    ruled,
    positions,
    lineRules,
    noBackslash: facts.map((fact) => fact.noBackslash ?? "").join(""),
    hardBreak: facts.find((fact) => fact.hardBreak)?.hardBreak ?? "\\\n",
    liquid: facts.some((fact) => fact.liquid),
    flanking: [...new Set(facts.flatMap((fact) => fact.flanking ?? []))],
    tags: !facts.some((fact) => fact.dropsHtml),
  };
  const lines = lineRules.map((rule) => rule.line.source.slice(1)).join("|");
  const screened = {
    ...base,
    screen: screenOf(rules),
    lineScreen: new RegExp(`^(?:${lines})`, "u"),
  } as Omit<TextFilter, "screened" | "unscreened">;
  const unscreened = { ...base, screen: undefined, lineScreen: undefined };
  const both = { screened, unscreened };
  Object.assign(screened, both);
  Object.assign(unscreened, both);
  return screened as TextFilter;
}

let fastPathsByDefault = true;

/**
 * Whether the writer takes its fast path (the filters' screens) when the caller does not say:
 * true, but for a test run that checks the whole suite gives the same without it.
 */
export function fastPathsDefault(): boolean {
  return fastPathsByDefault;
}

/** Sets fastPathsDefault (test setup only). */
export function setFastPathsDefault(on: boolean): void {
  fastPathsByDefault = on;
}
