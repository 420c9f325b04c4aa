import type { Block } from "@broadsheet/article";
import { getDefaults, Lexer, type Token, type TokensList } from "marked";
import { inlineOverLimit } from "../limits.js";
import type { MarkdownError } from "../markdown-result.js";
import type { ParserFamily } from "../parser-family.js";
import { countLines } from "./source-text.js";

/** A block read from the body, with the line it starts on. */
export interface PlacedBlock {
  block: Block;
  line: number;
}

/** How a body is read, for files written in a non-canonical profile. */
export interface BodyOptions {
  /** A block quote holding a list is a fact box without a title (no `[!ASIDE]` marker). */
  portable?: boolean;
  /** Every newline inside a paragraph is a hard break (dev.to). */
  breaks?: boolean;
  /** The parser the file was written for: its own forms of lists, code and images are read too. */
  family?: ParserFamily;
  /** Whether the target shows inline HTML: `<br>` is a line break too (see SHOWS_HTML). */
  html?: boolean;
}

/** What the readers of one Markdown body share: the lexer, what is read so far, the errors. */
export class ReadContext {
  readonly errors: MarkdownError[] = [];
  readonly blocks: PlacedBlock[] = [];
  /** Reference definitions by normalized label: the source, its line, and whether a link uses it. */
  readonly definitions = new Map<string, { raw: string; line: number; used: boolean }>();
  readonly family: ParserFamily;
  readonly html: boolean;
  readonly portable: boolean;
  /** The text of a leading `# Headline` line. */
  headline?: { text: string; line: number };
  /** The block token before the current one, ignoring blank lines. */
  previous?: Token;
  readonly #lexer: Lexer;

  constructor(options: BodyOptions = {}) {
    this.family = options.family ?? "commonmark";
    this.html = options.html ?? false;
    this.portable = options.portable ?? false;
    this.#lexer = new Lexer({ ...getDefaults(), gfm: true, breaks: options.breaks ?? false });
  }

  /**
   * Lexes the body into block tokens and collects its reference definitions, as `Lexer.lex`
   * does, except that inline source over a limit (see inlineOverLimit) becomes one `limit` token
   * holding the error's `message`.
   */
  lex(source: string, firstLine: number): TokensList {
    const lexer = this.#lexer;
    lexer.blockTokens(source.replace(/\r\n?/g, "\n"), lexer.tokens);
    for (const next of lexer.inlineQueue) {
      lexer.state.inRawBlock = false;
      this.#lexInline(next.src, next.tokens);
    }
    lexer.inlineQueue = [];
    this.#collectDefinitions(lexer.tokens, firstLine);
    return lexer.tokens;
  }

  /** Lexes a piece of inline source with the body's reference definitions. */
  lexInline(source: string): Token[] {
    return this.#lexInline(source, []);
  }

  /** Records an error at a line. */
  error(line: number, message: string): void {
    this.errors.push({ line, message });
  }

  /** Adds a block of the body, read at a line. */
  add(block: Block, line: number): void {
    this.blocks.push({ block, line });
  }

  /** The source of the definition a reference label names, marked as used. */
  use(label: string): string | undefined {
    const definition = this.definitions.get(normalizeLabel(label));
    if (definition) definition.used = true;
    return definition?.raw;
  }

  #lexInline(source: string, tokens: Token[]): Token[] {
    const message = inlineOverLimit(source);
    if (message === undefined) return this.#lexer.inlineTokens(source, tokens);
    tokens.push({ type: "limit", raw: source, message });
    return tokens;
  }

  #collectDefinitions(tokens: readonly Token[], line: number): void {
    for (const token of tokens) {
      const label = token.type === "def" ? normalizeLabel(String(token.tag)) : undefined;
      if (label !== undefined && !this.definitions.has(label)) {
        this.definitions.set(label, { raw: token.raw, line, used: false });
      } else if (token.type === "blockquote" && token.tokens) {
        this.#collectDefinitions(token.tokens, line);
      }
      line += countLines(token.raw);
    }
  }
}

/** A reference label as marked looks it up among the definitions. */
function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLowerCase().toUpperCase().toLowerCase();
}
