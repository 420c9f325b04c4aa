import type { Article, Block } from "@broadsheet/article";
import { PARSER_FAMILY, SHOWS_HTML } from "./parser-family.js";
import { PROFILES, type ProfileName } from "./profiles/index.js";
import { imageAlt } from "./render/blocks/image.js";
import type { ToMarkdownOptions } from "./to-markdown.js";

/** Something of an article the profile's platform will not show as the article has it. */
export interface ExportWarning {
  /** Where it is, as a validation error names it: `body[3]`. */
  path: string;
  /** What will differ, in words. */
  message: string;
}

function difference(written: Block, name: ProfileName): string | undefined {
  if (written.type === "image") {
    const context = { textFilter: PROFILES[name].textFilter, family: PARSER_FAMILY[name] };
    const { differs } = imageAlt(written, context);
    return differs && `the image ${written.src}: ${differs}`;
  }
  const rows = written.type === "table" ? [written.header, ...written.rows] : [];
  const breaks = rows.some((cells) =>
    cells.some((cell) => cell.some((span) => span.text.includes("\n"))),
  );
  if (breaks && !SHOWS_HTML[name] && name !== "broadsheet") {
    return "the table: a line break in a cell shows as a space (the platform shows no <br>)";
  }
  return undefined;
}

const UNDATED: Partial<Record<ProfileName, string>> = {
  jekyll:
    "no date: Jekyll builds a post only from a dated file name (YYYY-MM-DD-slug.md), so this one will not be published; add datePublished",
  astro:
    "no datePublished: an Astro blog's content schema requires pubDate and will refuse the entry; add datePublished",
};

/**
 * What the profile's platform will show differently from the article, block by block, where
 * no form of Markdown it reads holds it (toMarkdown still writes the closest form): Hugo 0.111's
 * alt text that needs an escape, a line break in a table cell where the platform shows no HTML;
 * and a missing date Jekyll or an Astro blog needs to publish the page at all. Empty for an
 * article every platform shows as it is.
 */
export function exportWarnings(article: Article, options: ToMarkdownOptions = {}): ExportWarning[] {
  const name = options.profile ?? "broadsheet";
  const warnings: ExportWarning[] = [];
  const dated =
    name === "jekyll" ? (article.datePublished ?? article.dateModified) : article.datePublished;
  const undated = UNDATED[name];
  if (undated !== undefined && dated === undefined)
    warnings.push({ path: "datePublished", message: undated });
  article.body.forEach((block, index) => {
    if (block.type !== "image" && block.type !== "table") return;
    for (const written of PROFILES[name].body({ ...article, body: [block] }, {})) {
      const message = difference(written, name);
      if (message !== undefined) warnings.push({ path: `body[${index}]`, message });
    }
  });
  return warnings;
}
