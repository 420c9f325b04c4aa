import { z } from "zod";
import { Block } from "./blocks.js";
import {
  Author,
  Citation,
  Correction,
  Dateline,
  DateTime,
  ImportProvenance,
  LanguageTag,
  LeadImage,
} from "./metadata.js";
import { Label } from "./text.js";
import { WebUrl } from "./url.js";

/** The schema version this package reads and writes. */
export const CURRENT_SCHEMA_VERSION = 1;

/** A news article: metadata named after schema.org's NewsArticle, and a body of typed blocks. */
export const Article = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, {
      error: "must be letters, digits and . _ : - (start with a letter or digit)",
    }),
  slug: z
    .string()
    .max(200)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error:
        "must be lowercase letters and digits separated by single hyphens, like kursk-offensive",
    }),
  headline: Label.max(300, { error: "must be at most 300 characters" }),
  alternativeHeadline: Label.optional(),
  kicker: Label.optional(),
  articleSection: Label.optional(),
  author: z.array(Author).optional(),
  dateline: Dateline.optional(),
  datePublished: DateTime.optional(),
  dateModified: DateTime.optional(),
  inLanguage: LanguageTag.optional(),
  keywords: z.array(Label).optional(),
  description: Label.optional(),
  url: WebUrl.optional(),
  image: LeadImage.optional(),
  corrections: z.array(Correction).optional(),
  citation: z.array(Citation).optional(),
  copyrightHolder: Label.optional(),
  license: Label.optional(),
  isBasedOn: ImportProvenance.optional(),
  body: z.array(Block).min(1, { error: "must hold at least one block" }),
});
export type Article = z.infer<typeof Article>;
