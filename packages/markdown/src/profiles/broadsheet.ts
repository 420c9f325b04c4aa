import { Article } from "@broadsheet/article";
import { orderLikeSchema, type SchemaShape } from "../front-matter/order-like-schema.js";
import { toYaml } from "../front-matter/to-yaml.js";
import { attributionParagraph } from "../portable/attribution-paragraph.js";
import type { Profile } from "./profile.js";
import { slugFileName } from "./slug-file-name.js";

/**
 * The canonical profile (FORMAT.md): every field except `body` as YAML front matter in schema
 * order, the dateline printed in the lead paragraph, Broadsheet's own block conventions.
 */
export const broadsheet: Profile = {
  head(article) {
    const { body: _body, ...fields } = article;
    const ordered = orderLikeSchema(fields, Article as unknown as SchemaShape) as Record<
      string,
      unknown
    >;
    return `---\n${toYaml(ordered)}---\n\n`;
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
