import { Article } from "@broadsheet/article";
import { fastYaml } from "../front-matter/fast-yaml.js";
import {
  inSchemaOrder,
  orderLikeSchema,
  type SchemaShape,
} from "../front-matter/order-like-schema.js";
import { toYaml } from "../front-matter/to-yaml.js";
import { attributionParagraph } from "../portable/attribution-paragraph.js";
import type { Profile } from "./profile.js";
import { slugFileName } from "./slug-file-name.js";

const ARTICLE = Article as unknown as SchemaShape;

/** Every field but the body, in schema order, without undefined values. */
function fieldsInOrder(article: Article): Record<string, unknown> {
  const { body: _body, ...fields } = article;
  return orderLikeSchema(fields, ARTICLE) as Record<string, unknown>;
}

/**
 * The canonical profile (FORMAT.md): every field except `body` as YAML front matter in schema
 * order, the dateline printed in the lead paragraph, Broadsheet's own block conventions. An
 * article already in schema order has its fields written as they are, without a copy.
 */
export const broadsheet: Profile = {
  head(article) {
    const data = article as unknown as Record<string, unknown>;
    const direct = inSchemaOrder(data, ARTICLE, "body") ? fastYaml(data, false, "body") : undefined;
    return `---\n${direct ?? toYaml(fieldsInOrder(article))}---\n\n`;
  },
  body(article, options) {
    const line =
      options.attribution === undefined
        ? undefined
        : attributionParagraph(article, options.attribution);
    return line ? [...article.body, line] : article.body;
  },
  datelineInLead: true,
  markers: true,
  fileName: slugFileName,
  read: { fields: (data) => data },
};
