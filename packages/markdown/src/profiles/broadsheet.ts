import { Article } from "@broadsheet/article";
import { orderLikeSchema, type SchemaShape } from "../front-matter/order-like-schema.js";
import { toYaml } from "../front-matter/to-yaml.js";
import type { Profile } from "./profile.js";

/**
 * The canonical profile (FORMAT.md): every field except `body` as YAML front matter in schema
 * order, and the dateline printed in the lead paragraph.
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
  datelineInLead: true,
};
