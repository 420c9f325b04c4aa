import type { Inline, Mark, Span } from "@broadsheet/article";

const HTML_WHITESPACE = /[ \t\n\r\f]+/g;

/** The marks and link in force where text is read. */
export interface SpanFormat {
  marks: readonly Mark[];
  href: string | undefined;
}

function sameFormat(span: Span, format: SpanFormat): boolean {
  const marks = span.marks ?? [];
  return (
    span.href === format.href &&
    marks.length === format.marks.length &&
    marks.every((mark, index) => mark === format.marks[index])
  );
}

/**
 * The inline content of one paragraph, heading, item or cell while it is read: text is added
 * with its marks and link, runs of HTML whitespace collapse to one space as a browser shows them
 * (except in preformatted text), and neighbouring runs with the same marks and link are one span.
 */
export class InlineRun {
  readonly #preformatted: boolean;
  #spans: Span[] = [];
  #afterSpace = true;

  /** A run for `<pre>` keeps its text's spaces and line breaks (tabs become spaces). */
  constructor(preformatted = false) {
    this.#preformatted = preformatted;
  }

  /** Adds text as it appears in the HTML. */
  text(raw: string, format: SpanFormat): void {
    const preformatted = this.#preformatted;
    let text = preformatted
      ? raw.replace(/\r\n?/g, "\n").replaceAll("\t", "    ")
      : raw.replace(HTML_WHITESPACE, " ");
    if (!preformatted && this.#afterSpace && text.startsWith(" ")) text = text.slice(1);
    if (text === "") return;
    this.#append(text, format);
    this.#afterSpace = text.endsWith(" ") || text.endsWith("\n");
  }

  /** A hard line break (`<br>`): spaces before it are dropped, and after it until the next text. */
  lineBreak(format: SpanFormat): void {
    this.#trimEnd();
    if (this.#spans.length === 0) return;
    this.#append("\n", format);
    this.#afterSpace = true;
  }

  /** The content read so far, trimmed, or undefined if it is blank; the run starts again empty. */
  take(): Inline | undefined {
    this.#trimEnd();
    const spans = this.#spans;
    this.#spans = [];
    this.#afterSpace = true;
    if (spans.every((span) => span.text.trim() === "")) return undefined;
    return spans;
  }

  #append(text: string, format: SpanFormat): void {
    const last = this.#spans.at(-1);
    if (last && sameFormat(last, format)) {
      last.text += text;
      return;
    }
    this.#spans.push({
      text,
      ...(format.marks.length > 0 ? { marks: [...format.marks] } : {}),
      ...(format.href !== undefined ? { href: format.href } : {}),
    });
  }

  #trimEnd(): void {
    for (let last = this.#spans.at(-1); last; last = this.#spans.at(-1)) {
      let end = last.text.length;
      while (end > 0 && (last.text[end - 1] === " " || last.text[end - 1] === "\n")) end--;
      last.text = last.text.slice(0, end);
      if (last.text !== "") return;
      this.#spans.pop();
    }
  }
}
