import { decodeHTMLStrict } from "entities";
import { QuoteType, Tokenizer, type TokenizerCallbacks } from "htmlparser2";
import { MAX_DEPTH } from "../limits.js";
import { type ControlCount, removeControls } from "../text/clean-text.js";
import { resolveUrl } from "../text/resolve-url.js";
import { CONVENTIONAL_PREFIXES, NS } from "./namespaces.js";
import type { XmlAttribute, XmlElement } from "./xml-node.js";

/** A document read by {@link parseXml}. */
export interface XmlDocument {
  /** The first top-level element, if any. */
  root: XmlElement | undefined;
  /** Repairs and refusals, one line each. */
  warnings: string[];
}

interface RawAttribute {
  name: string;
  value: string;
}

function splitName(name: string): { prefix: string; local: string } {
  const colon = name.indexOf(":");
  return colon === -1
    ? { prefix: "", local: name }
    : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
}

/**
 * Builds the element tree from htmlparser2's tokenizer, with a stack of its own: an end tag with
 * no open element of its name is dropped in constant time, and elements deeper than
 * {@link MAX_DEPTH} are read as text, so the whole build is linear in the document.
 */
class TreeBuilder implements TokenizerCallbacks {
  root: XmlElement | undefined;
  readonly warnings: string[] = [];
  private readonly stack: XmlElement[] = [];
  /** Each prefix's namespaces in scope, innermost last: a lookup is one read. */
  private readonly bindings = new Map<string, string[]>();
  /** The prefixes each open element declared, to unbind when it closes. */
  private readonly declaredPrefixes: string[][] = [];
  private readonly openNames = new Map<string, number>();
  private readonly controls: ControlCount = { removed: 0 };
  private tagName = "";
  private attributes: RawAttribute[] = [];
  private attributeName = "";
  private attributeValue: string[] = [];
  private ignoredDepth = 0;
  private strayEndTags = 0;
  private declaresEntities = false;
  private extraRoots = 0;

  /** Where markup cut off by the end of the document starts: no text comes from there on. */
  private readonly unfinishedAt: number;

  constructor(
    private readonly source: string,
    private readonly baseUrl: string | undefined,
  ) {
    const lastOpen = source.lastIndexOf("<");
    this.unfinishedAt = lastOpen > source.lastIndexOf(">") ? lastOpen : source.length;
  }

  private text(raw: string, decode: boolean): string {
    const decoded = decode && raw.includes("&") ? decodeHTMLStrict(raw) : raw;
    return removeControls(decoded, this.controls);
  }

  private appendText(value: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top !== undefined && value !== "") top.children.push(value);
  }

  ontext(start: number, endIndex: number): void {
    const end = Math.min(endIndex, this.unfinishedAt);
    if (start < end) this.appendText(this.text(this.source.slice(start, end), true));
  }

  ontextentity(): void {}

  oncdata(start: number, endIndex: number, endOffset: number): void {
    const end = Math.min(endIndex - endOffset, this.unfinishedAt);
    if (start < end) this.appendText(this.text(this.source.slice(start, end), false));
  }

  oncomment(): void {}

  ondeclaration(start: number, endIndex: number): void {
    if (
      /^\s*ENTITY\b|<!ENTITY\b/i.test(this.source.slice(start, Math.min(endIndex, start + 200)))
    ) {
      this.declaresEntities = true;
    }
  }

  onprocessinginstruction(): void {}

  onopentagname(start: number, endIndex: number): void {
    this.tagName = this.source.slice(start, endIndex);
    this.attributes = [];
  }

  onattribname(start: number, endIndex: number): void {
    this.attributeName = this.source.slice(start, endIndex);
    this.attributeValue = [];
  }

  onattribdata(start: number, endIndex: number): void {
    this.attributeValue.push(this.source.slice(start, endIndex));
  }

  onattribentity(): void {}

  onattribend(quote: QuoteType): void {
    const raw = quote === QuoteType.NoValue ? "" : this.attributeValue.join("");
    this.attributes.push({ name: this.attributeName, value: this.text(raw, true) });
  }

  onopentagend(): void {
    this.open();
  }

  onselfclosingtag(): void {
    this.open();
    this.close(this.tagName);
  }

  onclosetag(start: number, endIndex: number): void {
    this.close(this.source.slice(start, endIndex));
  }

  onend(): void {
    const open = this.stack[this.stack.length - 1];
    if (open !== undefined) {
      this.warnings.push(`the document ends inside <${open.name}>: it looks cut short`);
    }
  }

  private open(): void {
    if (this.stack.length >= MAX_DEPTH || this.ignoredDepth > 0) {
      if (this.ignoredDepth === 0) {
        this.warnings.push(`elements nested deeper than ${MAX_DEPTH} are read as their text`);
      }
      this.ignoredDepth++;
      return;
    }
    const declared: string[] = [];
    for (const { name, value } of this.attributes) {
      if (name !== "xmlns" && !name.startsWith("xmlns:")) continue;
      const prefix = name === "xmlns" ? "" : name.slice(6);
      const uris = this.bindings.get(prefix);
      if (uris === undefined) this.bindings.set(prefix, [value]);
      else uris.push(value);
      declared.push(prefix);
    }
    const { prefix, local } = splitName(this.tagName);
    const ns = this.namespaceOf(prefix, true);
    const attributes: XmlAttribute[] = this.attributes.map(({ name, value }) => {
      const split = splitName(name);
      return { name, local: split.local, ns: this.namespaceOf(split.prefix, false), value };
    });
    const parent = this.stack[this.stack.length - 1];
    const inherited = parent === undefined ? this.baseUrl : parent.base;
    const xmlBase = attributes.find((attr) => attr.ns === NS.xml && attr.local === "base");
    const element: XmlElement = {
      name: this.tagName,
      local,
      key: local.toLowerCase(),
      ns,
      attributes,
      children: [],
      base: xmlBase === undefined ? inherited : (resolveUrl(xmlBase.value, inherited) ?? inherited),
    };
    if (parent !== undefined) parent.children.push(element);
    else if (this.root === undefined) this.root = element;
    else {
      this.extraRoots++;
      this.unbind(declared);
      return;
    }
    this.stack.push(element);
    this.declaredPrefixes.push(declared);
    this.openNames.set(this.tagName, (this.openNames.get(this.tagName) ?? 0) + 1);
  }

  /**
   * The namespace of a prefix in scope; an undeclared one is read as its usual namespace
   * (`dc`, `content`, …) or kept apart as `prefix:`. Unprefixed elements take the default
   * namespace, unprefixed attributes none.
   */
  private namespaceOf(prefix: string, isElement: boolean): string {
    if (prefix === "" && !isElement) return "";
    const uris = this.bindings.get(prefix);
    const bound = uris === undefined ? undefined : uris[uris.length - 1];
    if (bound !== undefined) return bound;
    return CONVENTIONAL_PREFIXES[prefix] ?? (prefix === "" ? "" : `${prefix}:`);
  }

  private unbind(prefixes: string[]): void {
    for (const prefix of prefixes) this.bindings.get(prefix)?.pop();
  }

  private close(name: string): void {
    if (this.ignoredDepth > 0) {
      this.ignoredDepth--;
      return;
    }
    if ((this.openNames.get(name) ?? 0) === 0) {
      this.strayEndTags++;
      return;
    }
    for (;;) {
      const element = this.stack.pop();
      this.unbind(this.declaredPrefixes.pop() ?? []);
      if (element === undefined) return;
      this.openNames.set(element.name, (this.openNames.get(element.name) ?? 1) - 1);
      if (element.name === name) return;
    }
  }

  finish(): XmlDocument {
    if (this.declaresEntities) {
      this.warnings.push("the document declares entities in a DTD: they are not expanded");
    }
    if (this.strayEndTags > 0) {
      this.warnings.push(`${this.strayEndTags} end tag(s) close no open element: ignored`);
    }
    if (this.extraRoots > 0) {
      this.warnings.push(`${this.extraRoots} element(s) after the root element: ignored`);
    }
    if (this.controls.removed > 0) {
      this.warnings.push(`${this.controls.removed} control character(s) removed from the text`);
    }
    return { root: this.root, warnings: this.warnings };
  }
}

/**
 * Reads XML forgivingly into a tree, in time linear in the text: namespaces resolved (with the
 * usual prefixes where a feed forgets to declare them), `xml:base` resolved against `baseUrl`,
 * HTML and XML entities decoded, entities a DTD declares left unexpanded, control characters
 * removed. Malformed markup is repaired the way htmlparser2 reads it, with a warning.
 *
 * @param text - the document
 * @param baseUrl - the URL the document was read from, for relative references
 */
export function parseXml(text: string, baseUrl: string | undefined): XmlDocument {
  const builder = new TreeBuilder(text, baseUrl);
  const tokenizer = new Tokenizer({ xmlMode: true, decodeEntities: false }, builder);
  tokenizer.write(text);
  tokenizer.end();
  return builder.finish();
}
