import {
  type Article,
  type AsideBlock,
  assertNever,
  type Block,
  type Image,
  type Inline,
  type Span,
  type Table,
} from "@broadsheet/article";
import { datelinePrefix } from "./dateline-prefix.js";
import { normalizeInline } from "./normalize-inline.js";
import { commonmarkUrl, type Leaf, SOFT } from "./test-leaf.js";

/** A leaf as the writer meant it, with where it comes from for messages. */
export interface ExpectedLeaf extends Leaf {
  where: string;
}

/** What a parser should read from an exported article: block shape and leaves. */
export interface ExpectedBody {
  shape: string[];
  leaves: ExpectedLeaf[];
}

/** The parser the expectation is for: CommonMark has no tables and reads link URLs normalized. */
export type ParserName = "commonmark" | "marked";

const ALIGN = { left: ":---", center: ":---:", right: "---:", none: "---" } as const;

function imageTitle(block: Image): string | undefined {
  const size =
    block.width === undefined && block.height === undefined
      ? undefined
      : `${block.width ?? ""}x${block.height ?? ""}`;
  const parts = [block.credit, size].filter((part) => part !== undefined);
  return parts.length > 0 ? parts.join(" | ") : undefined;
}

function plain(text: string): Span[] {
  return [{ text }];
}

/** The table as CommonMark reads it: one paragraph of lines, pipes escaped in code spans kept. */
function tableAsParagraph(block: Table, url: (href: string) => string): Span[] {
  const row = (cells: readonly Inline[]): Span[] => [
    { text: "| " },
    ...cells.flatMap((cell, index) => [
      ...(index === 0 ? [] : [{ text: " | " }]),
      ...cell.map((span) => ({
        ...span,
        text: span.marks?.includes("code") ? span.text.replaceAll("|", "\\|") : span.text,
        ...(span.href === undefined ? {} : { href: url(span.href) }),
      })),
    ]),
    { text: " |" },
  ];
  const delimiter = `| ${block.header.map((_, index) => ALIGN[block.align?.[index] ?? "none"]).join(" | ")} |`;
  return [block.header, ...block.rows].flatMap((cells, index) => [
    ...(index === 0 ? [] : [{ text: SOFT }]),
    ...row(cells),
    ...(index === 0 ? [{ text: SOFT }, { text: delimiter }] : []),
  ]);
}

/**
 * The block shape and leaves a parser should find in `toMarkdown(article)`'s body: the text of
 * every paragraph, heading, list item, quote paragraph, attribution, table cell, image alt and
 * caption, embed fallback and fact box title, with no markup beyond the article's own marks.
 */
export function expectedLeaves(article: Article, parser: ParserName): ExpectedBody {
  const out: ExpectedBody = { shape: [], leaves: [] };
  const url = parser === "commonmark" ? commonmarkUrl : (href: string) => href;
  const inline = (content: Inline): Span[] =>
    normalizeInline(
      content.map((span) => (span.href === undefined ? span : { ...span, href: url(span.href) })),
    );
  const leaf = (where: string, spans: Span[], extra: Partial<Leaf> = {}) => {
    out.leaves.push({ where, spans: normalizeInline(spans), ...extra });
  };
  const lead = article.dateline ? article.body.findIndex((b) => b.type === "paragraph") : -1;

  const block = (value: Block | AsideBlock, where: string, index: number): void => {
    switch (value.type) {
      case "paragraph": {
        out.shape.push("paragraph");
        const dateline =
          index === lead && article.dateline
            ? [
                { text: datelinePrefix(article.dateline), marks: ["strong" as const] },
                { text: " " },
              ]
            : [];
        leaf(where, [...dateline, ...inline(value.content)]);
        return;
      }
      case "heading":
        out.shape.push(`heading ${value.level}`);
        leaf(where, inline(value.content));
        return;
      case "list":
        out.shape.push(`list ${value.ordered ? `ordered ${value.start ?? 1}` : "bullet"} tight`);
        value.items.forEach((item, at) => {
          out.shape.push("item");
          leaf(`${where}.items[${at}]`, inline(item));
        });
        return;
      case "blockquote":
        out.shape.push("quote");
        if (value.style === "pull") {
          out.shape.push("paragraph");
          leaf(`${where} marker`, plain("[!PULLQUOTE]"));
        }
        value.paragraphs.forEach((paragraph, at) => {
          out.shape.push("paragraph");
          leaf(`${where}.paragraphs[${at}]`, inline(paragraph));
        });
        if (value.attribution !== undefined) {
          out.shape.push("paragraph");
          leaf(`${where}.attribution`, plain(`— ${value.attribution}`));
        }
        out.shape.push("/quote");
        return;
      case "image": {
        out.shape.push("paragraph");
        const title = imageTitle(value);
        leaf(`${where}.alt`, plain(value.alt), {
          src: url(value.src),
          ...(title === undefined ? {} : { titles: [title] }),
        });
        if (value.caption) leaf(`${where}.caption`, inline(value.caption));
        return;
      }
      case "embed":
        out.shape.push("paragraph");
        leaf(`${where}.fallback`, [{ text: value.fallback, href: url(value.url) }], {
          titles: [value.provider === undefined ? "embed" : `embed: ${value.provider}`],
        });
        return;
      case "divider":
        out.shape.push("divider");
        return;
      case "table":
        if (parser === "commonmark") {
          out.shape.push("paragraph");
          leaf(`${where} (as a paragraph)`, tableAsParagraph(value, url));
        } else {
          const align = value.header.map((_, at) => value.align?.[at] ?? "none").join(",");
          out.shape.push(`table ${value.header.length}x${value.rows.length} ${align}`);
          value.header.forEach((cell, at) => {
            leaf(`${where}.header[${at}]`, inline(cell));
          });
          value.rows.forEach((row, r) => {
            row.forEach((cell, at) => {
              leaf(`${where}.rows[${r}][${at}]`, inline(cell));
            });
          });
        }
        if (value.caption !== undefined) {
          out.shape.push("paragraph");
          leaf(`${where}.caption`, plain(`Table: ${value.caption}`));
        }
        return;
      case "aside":
        out.shape.push("quote", "paragraph");
        leaf(
          `${where}.title`,
          plain(value.title === undefined ? "[!ASIDE]" : `[!ASIDE] ${value.title}`),
        );
        value.content.forEach((child, at) => {
          block(child, `${where}.content[${at}]`, Number.NaN);
        });
        out.shape.push("/quote");
        return;
      default:
        assertNever(value, "block");
    }
  };
  article.body.forEach((value, index) => {
    block(value, `body[${index}] ${value.type}`, index);
  });
  return out;
}
