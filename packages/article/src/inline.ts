import { z } from "zod";
import { InlineText } from "./text.js";
import { SafeUrl } from "./url.js";

/** An inline mark, each mapping 1:1 to an HTML element, an Ink style and Markdown syntax. */
export const Mark = z.enum(["em", "strong", "code", "sub", "sup", "strike"]);
export type Mark = z.infer<typeof Mark>;

/** A run of text with the same marks and link. */
export const Span = z.strictObject({
  text: InlineText.min(1, { error: "must not be empty; drop the empty span" }),
  marks: z
    .array(Mark)
    .max(6)
    .refine((marks) => new Set(marks).size === marks.length, {
      error: "must not repeat a mark",
    })
    .optional(),
  href: SafeUrl.optional(),
});
export type Span = z.infer<typeof Span>;

/** Inline content: a flat, non-empty list of spans. */
export const Inline = z.array(Span).min(1, { error: "must hold at least one span of text" });
export type Inline = z.infer<typeof Inline>;
