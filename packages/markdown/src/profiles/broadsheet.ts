import { Article } from "@broadsheet/article";
import { orderLikeSchema, type SchemaShape } from "../front-matter/order-like-schema.js";
import { toYaml } from "../front-matter/to-yaml.js";
import { attributionParagraph } from "../portable/portable-body.js";
import { textFilter } from "../render/text-filter.js";
import type { Profile } from "./profile.js";

/**
 * The canonical profile (FORMAT.md): every field except `body` as YAML front matter in schema
 * order, the dateline printed in the lead paragraph, Broadsheet's own block conventions.
 */
export const broadsheet: Profile = {
  head({ body: _body, ...fields }) {
    return `---\n${toYaml(orderLikeSchema(fields, Article as unknown as SchemaShape) as Record<string, unknown>)}---\n\n`;
  },
  body(article, options) {
    const line = options.attribution && attributionParagraph(article, options.attribution);
    return line ? [...article.body, line] : article.body;
  },
  datelineInLead: true,
  markers: true,
  textFilter: textFilter(),
  read: { fields: (data) => data },
};
