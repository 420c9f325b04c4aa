import { z } from "zod";
import { Label, SingleLineText } from "./text.js";
import { SafeUrl, WebUrl } from "./url.js";

/** An ISO 8601 date-time with a UTC offset, e.g. `2025-06-01T09:30:00+03:00`. */
export const DateTime = z.iso.datetime({
  offset: true,
  error: "must be an ISO 8601 date-time with an offset, like 2025-06-01T09:30:00+03:00",
});

/** An ISO 8601 calendar date or date-time with offset. */
export const DateOrDateTime = z.union([z.iso.date(), DateTime], {
  error: "must be an ISO 8601 date (2025-06-01) or date-time with an offset",
});

/** A BCP 47 language tag such as `en`, `pt-BR` or `zh-Hant-TW`. */
export const LanguageTag = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|[0-9]{3}))?(?:-[a-zA-Z0-9]{5,8})*$/, {
    error: "must be a BCP 47 language tag like en, en-GB or pt-BR",
  });

/** A person credited with the article. */
export const Author = z.strictObject({
  name: Label,
  url: SafeUrl.optional(),
  role: Label.optional(),
});
export type Author = z.infer<typeof Author>;

/**
 * Where and when the story was filed, as the wire printed it (`KYIV, Ukraine, Sept. 14 (AP) —`).
 * `date` is the printed text, not a machine date: the article's own dates say when it was published.
 */
export const Dateline = z.strictObject({
  place: Label,
  date: Label.optional(),
  source: Label.optional(),
});
export type Dateline = z.infer<typeof Dateline>;

/** The article's lead picture, used in cards, feeds and social previews. */
export const LeadImage = z.strictObject({
  url: WebUrl,
  alt: Label,
  caption: Label.optional(),
  credit: Label.optional(),
  width: z.int().min(1).max(100_000).optional(),
  height: z.int().min(1).max(100_000).optional(),
});
export type LeadImage = z.infer<typeof LeadImage>;

/** A published correction, clarification or editor's note. */
export const Correction = z.strictObject({
  date: DateOrDateTime,
  kind: z.enum(["correction", "clarification", "update"]),
  text: Label,
});
export type Correction = z.infer<typeof Correction>;

/** A source the article cites. */
export const Citation = z.strictObject({
  name: Label,
  url: SafeUrl.optional(),
  publisher: Label.optional(),
});
export type Citation = z.infer<typeof Citation>;

/** One low-confidence decision an importer made, so an editor can check it. */
export const ImportWarning = z.strictObject({
  block: z.int().min(0).optional(),
  rule: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: "must be a kebab-case rule name" }),
  note: SingleLineText.min(1),
});
export type ImportWarning = z.infer<typeof ImportWarning>;

/**
 * How the article was imported: source format, where it was fetched from and when (for a page
 * or feed read from the web), a hash of the source bytes, and the guesses made.
 */
export const ImportProvenance = z.strictObject({
  format: z.enum(["wire-text", "markdown", "json", "html"]),
  url: WebUrl.optional(),
  dateFetched: DateTime.optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: "must be 64 lowercase hex digits" }),
  importer: Label,
  warnings: z.array(ImportWarning),
});
export type ImportProvenance = z.infer<typeof ImportProvenance>;

export { SingleLineText };
