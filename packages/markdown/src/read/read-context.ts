import { getDefaults, Lexer, type Token, type TokensList } from "marked";
import { inlineOverLimit } from "../limits.js";
import type { MarkdownError } from "../markdown-result.js";
import type { ParserFamily } from "../parser-family.js";
import { countLines } from "./count-lines.js";
import { normalizeLabel } from "./link-target.js";

/** A reference definition `[label]: destination` and whether a link uses it. */
export interface Definition {
  raw: string;
  line: number;
  used: boolean;
}

/** A token standing for inline source marked was not given, with the reason. */
export interface LimitToken {
  type: "limit";
  raw: string;
  message: string;
}

/** State shared by the readers of one Markdown body: the lexer, definitions and errors. */
export class ReadContext {
  readonly errors: MarkdownError[] = [];
  readonly definitions = new Map<string, Definition>();
  /** The parser the file was written for: its own forms of lists and code are read too. */
  readonly family: ParserFamily;
  /** Whether the target shows inline HTML: `<br>` is a line break too (see SHOWS_HTML). */
  readonly html: boolean;
  readonly #lexer: Lexer;

  /** `breaks`: every newline inside a paragraph is a hard break (dev.to's Markdown). */
  constructor(options: { breaks?: boolean; family?: ParserFamily; html?: boolean } = {}) {
    this.family = options.family ?? "commonmark";
    this.html = options.html ?? false;
    this.#lexer = new Lexer({
      ...getDefaults(),
      gfm: true,
      breaks: options.breaks ?? false,
      pedantic: false,
    });
  }

  /**
   * Lexes the body into block tokens (GFM on) and collects its reference definitions. What
   * `Lexer.lex` does, except that inline source over a limit (see inlineOverLimit) is not
   * lexed: it becomes one `limit` token, which readInline reports at its line.
   */
  lex(source: string, firstLine: number): TokensList {
    const lexer = this.#lexer;
    const tokens = lexer.tokens;
    lexer.blockTokens(source.replace(/\r\n?/g, "\n"), tokens);
    for (const next of lexer.inlineQueue) {
      lexer.state.inRawBlock = false;
      this.#lexInlineInto(next.src, next.tokens);
    }
    lexer.inlineQueue = [];
    this.#collectDefinitions(tokens, firstLine);
    return tokens;
  }

  /** Lexes a piece of inline source with the body's reference definitions. */
  lexInline(source: string): Token[] {
    return this.#lexInlineInto(source, []);
  }

  /** Records an error at a line. */
  error(line: number, message: string): void {
    this.errors.push({ line, message });
  }

  /** The definition a reference label names, marked as used. */
  use(label: string): Definition | undefined {
    const definition = this.definitions.get(normalizeLabel(label));
    if (definition) definition.used = true;
    return definition;
  }

  #lexInlineInto(source: string, tokens: Token[]): Token[] {
    const message = inlineOverLimit(source);
    if (message === undefined) return this.#lexer.inlineTokens(source, tokens);
    const limit: LimitToken = { type: "limit", raw: source, message };
    tokens.push(limit);
    return tokens;
  }

  #collectDefinitions(tokens: readonly Token[], firstLine: number): void {
    let line = firstLine;
    for (const token of tokens) {
      if (token.type === "def") {
        const tag = normalizeLabel(String(token.tag));
        if (!this.definitions.has(tag)) {
          this.definitions.set(tag, { raw: token.raw, line, used: false });
        }
      } else if (token.type === "blockquote" && token.tokens) {
        this.#collectDefinitions(token.tokens, line);
      }
      line += countLines(token.raw);
    }
  }
}
