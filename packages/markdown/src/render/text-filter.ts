import {
  type Flanking,
  type Place,
  READERS,
  type Reader,
  RULES,
  type Test,
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

/**
 * The rules of the table (text-rules.ts) for a profile's readers and ours, ready to apply:
 * running-text rules by character, line-start rules, end rules, and the readers' own forms.
 */
export interface TextFilter {
  readonly readers: readonly Reader[];
  /** The rules for a character wherever it stands, by UTF-16 code unit; 1 in `ruled` for each. */
  readonly rules: ReadonlyMap<number, readonly CompiledRule[]>;
  readonly ruled: Uint8Array;
  readonly lineRules: readonly CompiledRule[];
  readonly endRules: ReadonlyMap<number, readonly CompiledRule[]>;
  /**
   * The one fast path (undefined with fast paths off): global patterns that together find every
   * character `rules` may act on (a class of them, and one pattern for each character with the
   * text before it its rules need, which V8 scans far faster alone than in one alternation), so
   * that only what they match is looked at, else every character is; and one pattern of the
   * line rules.
   */
  readonly screens: readonly RegExp[] | undefined;
  readonly lineScreen: RegExp | undefined;
  readonly noBackslash: string;
  readonly hardBreak: "\\\n" | "  \n" | "\n";
  readonly liquid: boolean;
  readonly flanking: readonly Flanking[];
  /** Whether every reader keeps raw HTML tags, so a mark may be written as one. */
  readonly tags: boolean;
  /** This filter with its fast path, and without. */
  readonly screened: TextFilter;
  readonly unscreened: TextFilter;
}

const OURS: readonly Reader[] = ["commonmark", "marked"];
const LINE_PLACES: readonly (Place | undefined)[] = ["line", "start", "block start"];
const END_PLACES: readonly (Place | undefined)[] = ["end", "heading end"];

const unit = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * What the screen looks for, for one rule and character: the character after its `before`
 * text where that starts with a letter (`www.` rather than every `.`), else the bare character.
 */
function screenPart(char: string, before: string | undefined): string {
  const lead = before !== undefined && /^(?:[A-Za-z]|\[[A-Za-z]+\])/.test(before);
  return lead ? `${before}${unit(char)}` : "";
}

function add<T>(into: Map<number, T[]>, code: number, item: T): void {
  into.set(code, [...(into.get(code) ?? []), item]);
}

/**
 * The filter for text a profile's target reads with `readers` (beside ours, `commonmark` and
 * `marked`, which read every profile back).
 */
export function textFilter(...readers: Reader[]): TextFilter {
  const all = [...new Set([...OURS, ...readers])];
  const rules = new Map<number, CompiledRule[]>();
  const endRules = new Map<number, CompiledRule[]>();
  const lineRules: CompiledRule[] = [];
  const bare = new Set<string>();
  const parts = new Map<string, string>();
  for (const rule of RULES) {
    if (!rule.readers.some((reader) => all.includes(reader))) continue;
    const { before, after, at, when } = rule;
    const chars = `[${[...rule.chars].map(unit).join("")}]`;
    const ahead = after ? `(?=${after})` : "";
    const line = LINE_PLACES.includes(at);
    const pattern = line
      ? new RegExp(`^${before ?? ""}${chars}${ahead}`, "u")
      : new RegExp(`${before ? `(?<=${before})` : ""}${chars}${ahead}`, "uy");
    const compiled = { pattern, at, when, write: WRITE[rule.write] };
    if (line) lineRules.push(compiled);
    for (const char of rule.chars) {
      if (line) continue;
      if (END_PLACES.includes(at)) {
        add(endRules, char.charCodeAt(0), compiled);
        continue;
      }
      add(rules, char.charCodeAt(0), compiled);
      const part = when === undefined ? screenPart(char, before) : "";
      if (part === "") bare.add(unit(char));
      else parts.set(part, unit(char));
    }
  }
  const ruled = new Uint8Array(0x10000);
  for (const code of rules.keys()) ruled[code] = 1;
  const facts = all.map((reader) => READERS[reader]);
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
  const lines = lineRules.map((rule) => rule.pattern.source.slice(1)).join("|");
  const screened = {
    ...base,
    screens: [
      `[${[...bare].join("")}]`,
      ...[...parts].filter(([, char]) => !bare.has(char)).map(([part]) => part),
    ].map((source) => new RegExp(source, "g")),
    lineScreen: new RegExp(`^(?:${lines})`, "u"),
  };
  const unscreened = { ...base, screens: undefined, lineScreen: undefined };
  Object.assign(screened, { screened, unscreened });
  Object.assign(unscreened, { screened, unscreened });
  return screened as unknown as TextFilter;
}

let fastPathsByDefault = true;

/** Whether the writer takes its fast path where the caller does not say (see toMarkdown). */
export function fastPathsDefault(): boolean {
  return fastPathsByDefault;
}

/** Sets fastPathsDefault: for the test run that checks the suite passes without the fast path. */
export function setFastPathsDefault(on: boolean): void {
  fastPathsByDefault = on;
}
