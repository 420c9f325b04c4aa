import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";

const HIDDEN = new Set(["script", "style", "template", "noscript", "svg", "math"]);
const INLINE = new Set(
  "a abbr b bdi bdo cite code data del dfn em font i ins kbd mark q s samp small span strike strong sub sup time u var wbr".split(
    " ",
  ),
);

/**
 * Collects the text of HTML with htmlparser2's tokenizer alone (no element stack, so linear in
 * the input): entities decoded, the contents of scripts and styles dropped, a space for each tag
 * that is not inline.
 */
class TextCollector implements TokenizerCallbacks {
  readonly parts: string[] = [];
  #tagName = "";
  #hidden = "";

  constructor(private readonly source: string) {}

  ontext(start: number, endIndex: number): void {
    if (!this.#hidden) this.parts.push(this.source.slice(start, endIndex));
  }

  ontextentity(codepoint: number): void {
    if (!this.#hidden) this.parts.push(String.fromCodePoint(codepoint));
  }

  oncdata(start: number, endIndex: number, endOffset: number): void {
    if (!this.#hidden) this.parts.push(this.source.slice(start, endIndex - endOffset));
  }

  onopentagname(start: number, endIndex: number): void {
    this.#tagName = this.source.slice(start, endIndex).toLowerCase();
  }

  onopentagend(): void {
    if (!this.#hidden && HIDDEN.has(this.#tagName)) this.#hidden = this.#tagName;
    if (!INLINE.has(this.#tagName)) this.parts.push(" ");
  }

  onselfclosingtag(): void {
    this.parts.push(" ");
  }

  onclosetag(start: number, endIndex: number): void {
    const name = this.source.slice(start, endIndex).toLowerCase();
    if (name === this.#hidden) this.#hidden = "";
    if (!INLINE.has(name)) this.parts.push(" ");
  }

  onattribdata(): void {}
  onattribentity(): void {}
  onattribend(): void {}
  onattribname(): void {}
  oncomment(): void {}
  ondeclaration(): void {}
  onend(): void {}
  onprocessinginstruction(): void {}
}

/**
 * The text a reader sees of an HTML fragment (a title, a feed item's content), on one line: tags
 * gone, entities decoded, scripts, styles, SVG and MathML dropped, whitespace collapsed. Linear in
 * the input.
 */
export function htmlToText(html: string): string {
  const collector = new TextCollector(html);
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, collector);
  tokenizer.write(html);
  tokenizer.end();
  return collector.parts.join("").replace(/\s+/g, " ").trim();
}

/** Text made safe to place in HTML as text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) =>
    char === "&" ? "&amp;" : char === "<" ? "&lt;" : char === ">" ? "&gt;" : "&quot;",
  );
}
