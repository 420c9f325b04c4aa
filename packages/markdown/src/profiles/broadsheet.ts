import { Article } from "@broadsheet/article";
import { orderLikeSchema, type SchemaShape } from "../front-matter/order-like-schema.js";
import { toYaml } from "../front-matter/to-yaml.js";
import { attributionParagraph } from "../portable/attribution-paragraph.js";
import { textFilter } from "../render/text-filter.js";
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
 * order, the dateline printed in the lead paragraph, Broadsheet's own block conventions.
 */
export const broadsheet: Profile = {
  head(article) {
    return `---\n${toYaml(fieldsInOrder(article))}---\n\n`;
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
  textFilter: textFilter(),
  fileName: slugFileName,
  read: { fields: (data) => data },
};
