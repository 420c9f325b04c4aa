import { z } from "zod";
import { Inline } from "./inline.js";
import { Label, SingleLineText } from "./text.js";
import { WebUrl } from "./url.js";

const Dimension = z.int().min(1).max(100_000);

/** A paragraph of running text. */
export const Paragraph = z.strictObject({ type: z.literal("paragraph"), content: Inline });
export type Paragraph = z.infer<typeof Paragraph>;

/** A subhead. The headline is the page's only level-1 heading, so body headings are 2 to 4. */
export const Heading = z.strictObject({
  type: z.literal("heading"),
  level: z.union([z.literal(2), z.literal(3), z.literal(4)], {
    error: "must be 2, 3 or 4 (the headline is the only level-1 heading)",
  }),
  content: Inline,
});
export type Heading = z.infer<typeof Heading>;

/** A quotation: a block quote set in the text, or a pull quote set off for display. */
export const Blockquote = z.strictObject({
  type: z.literal("blockquote"),
  style: z.enum(["block", "pull"]),
  paragraphs: z.array(Inline).min(1, { error: "must hold at least one paragraph" }),
  attribution: Label.optional(),
});
export type Blockquote = z.infer<typeof Blockquote>;

/** A bulleted or numbered list of inline items. */
export const List = z.strictObject({
  type: z.literal("list"),
  ordered: z.boolean(),
  start: z.int().min(0).max(999_999_999).optional(),
  items: z.array(Inline).min(1, { error: "must hold at least one item" }),
});
export type List = z.infer<typeof List>;

/** A figure. `alt` describes the picture for people who cannot see it and is required. */
export const Image = z.strictObject({
  type: z.literal("image"),
  src: WebUrl,
  alt: Label,
  caption: Inline.optional(),
  credit: Label.optional(),
  width: Dimension.optional(),
  height: Dimension.optional(),
});
export type Image = z.infer<typeof Image>;

/** Third-party content (a video, a post). `fallback` is what every reader shows instead of it. */
export const Embed = z.strictObject({
  type: z.literal("embed"),
  url: WebUrl,
  provider: Label.optional(),
  fallback: Label,
});
export type Embed = z.infer<typeof Embed>;

/** A section break. */
export const Divider = z.strictObject({ type: z.literal("divider") });
export type Divider = z.infer<typeof Divider>;

const Cell = Inline;
const Alignment = z.enum(["left", "center", "right"]).nullable();

/** A data table with one header row; every row has as many cells as the header. */
export const Table = z
  .strictObject({
    type: z.literal("table"),
    caption: Label.optional(),
    header: z.array(Cell).min(1, { error: "must hold at least one column" }),
    align: z.array(Alignment).optional(),
    rows: z.array(z.array(Cell)),
  })
  .superRefine((table, ctx) => {
    const columns = table.header.length;
    if (table.align && table.align.length !== columns) {
      ctx.addIssue({
        code: "custom",
        path: ["align"],
        message: `must have ${columns} entries, one per header cell`,
      });
    }
    table.rows.forEach((row, index) => {
      if (row.length !== columns) {
        ctx.addIssue({
          code: "custom",
          path: ["rows", index],
          message: `has ${row.length} cells but the header has ${columns}; make them match`,
        });
      }
    });
  });
export type Table = z.infer<typeof Table>;

/** A block allowed inside a fact box. */
export const AsideBlock = z.discriminatedUnion("type", [Paragraph, List]);
export type AsideBlock = z.infer<typeof AsideBlock>;

/** A fact box set beside the story. */
export const Aside = z.strictObject({
  type: z.literal("aside"),
  title: SingleLineText.min(1).optional(),
  content: z.array(AsideBlock).min(1, { error: "must hold at least one paragraph or list" }),
});
export type Aside = z.infer<typeof Aside>;

/** Every block type of the article body. */
export const Block = z.discriminatedUnion("type", [
  Paragraph,
  Heading,
  Blockquote,
  List,
  Image,
  Embed,
  Divider,
  Table,
  Aside,
]);
export type Block = z.infer<typeof Block>;

/** The names of the block types, for messages and exhaustiveness tests. */
export const BLOCK_TYPES = Block.options.map((option) => option.shape.type.value);
