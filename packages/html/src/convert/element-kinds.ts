import type { Mark } from "@broadsheet/article";

/** The inline elements that carry one of the model's marks. */
export const MARK_OF_ELEMENT: Readonly<Record<string, Mark>> = {
  em: "em",
  i: "em",
  cite: "em",
  dfn: "em",
  var: "em",
  strong: "strong",
  b: "strong",
  code: "code",
  kbd: "code",
  samp: "code",
  tt: "code",
  sub: "sub",
  sup: "sup",
  s: "strike",
  strike: "strike",
  del: "strike",
};

/**
 * Inline formatting the model has no mark for (and MathML, whose layout it cannot hold): the text
 * is kept, the formatting noted as lost.
 */
export const UNMARKED_FORMATTING: ReadonlySet<string> = new Set([
  "u",
  "ins",
  "mark",
  "small",
  "big",
  "font",
  "blink",
  "marquee",
  "math",
]);

/** Elements that hold nothing for a reader, dropped without a note. */
export const SILENT: ReadonlySet<string> = new Set([
  "head",
  "title",
  "meta",
  "link",
  "base",
  "wbr",
  "source",
  "track",
  "param",
  "col",
  "colgroup",
  "area",
  "rp",
]);

/** Elements dropped with what they hold, each kind noted: the model has no place for them. */
export const DROPPED: ReadonlySet<string> = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "canvas",
  "map",
  "button",
  "input",
  "select",
  "textarea",
  "option",
  "optgroup",
  "datalist",
  "output",
  "progress",
  "meter",
  "dialog",
  "frame",
  "frameset",
  "applet",
  "portal",
]);

/** Elements that stand for third-party content: an embed where they carry a URL. */
export const EMBEDS: ReadonlySet<string> = new Set(["iframe", "video", "audio", "embed", "object"]);

/**
 * Elements that group blocks: each starts and ends a paragraph, and what they hold is read in
 * their place.
 */
export const CONTAINERS: ReadonlySet<string> = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "nav",
  "center",
  "address",
  "hgroup",
  "html",
  "body",
  "details",
  "summary",
  "fieldset",
  "legend",
  "form",
  "li",
  "dd",
  "figcaption",
  "caption",
  "search",
  "menu",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "td",
  "th",
  "picture",
]);
