import type { Article, Block, Inline } from "@broadsheet/article";
import { PARSER_FAMILY, SHOWS_HTML } from "./parser-family.js";
import { PROFILES } from "./profiles/index.js";
import { imageAlt } from "./render/blocks/image.js";
import type { ToMarkdownOptions } from "./to-markdown.js";

/** Something of an article the profile's platform will not show as the article has it. */
export interface ExportWarning {
  /** Where it is, as a validation error names it: `body[3]`. */
  path: string;
  /** What will differ, in words. */
  message: string;
}

const holdsLineBreak = (cells: readonly Inline[]) =>
  cells.some((cell) => cell.some((span) => span.text.includes("\n")));

function differences(written: Block, name: keyof typeof PROFILES): string[] {
  const profile = PROFILES[name];
  const context = { textFilter: profile.textFilter.screened, family: PARSER_FAMILY[name] };
  if (written.type === "image") {
    const { differs } = imageAlt(written, context);
    return differs === undefined ? [] : [`the image ${written.src}: ${differs}`];
  }
  if (written.type === "table" && !SHOWS_HTML[name] && name !== "broadsheet") {
    const rows = [written.header, ...written.rows];
    return rows.some(holdsLineBreak)
      ? ["the table: a line break in a cell shows as a space (the platform shows no <br>)"]
      : [];
  }
  return [];
}

function headWarnings(article: Article, name: keyof typeof PROFILES): ExportWarning[] {
  if (
    name === "jekyll" &&
    article.datePublished === undefined &&
    article.dateModified === undefined
  )
    return [
      {
        path: "datePublished",
        message:
          "no date: Jekyll builds a post only from a dated file name (YYYY-MM-DD-slug.md), so this one will not be published; add datePublished",
      },
    ];
  if (name === "astro" && article.datePublished === undefined)
    return [
      {
        path: "datePublished",
        message:
          "no datePublished: an Astro blog's content schema requires pubDate and will refuse the entry; add datePublished",
      },
    ];
  return [];
}

/**
 * What the profile's platform will show differently from the article, block by block, where
 * no form of Markdown it reads holds it (toMarkdown still writes the closest form), and a
 * missing date Jekyll or an Astro blog needs to publish the page at all: Hugo
 * 0.111's alt text that needs an escape, a line break in a table cell where the platform shows
 * no HTML. Empty for an article every platform shows as it is.
 */
export function exportWarnings(article: Article, options: ToMarkdownOptions = {}): ExportWarning[] {
  const name = options.profile ?? "broadsheet";
  const warnings: ExportWarning[] = headWarnings(article, name);
  article.body.forEach((block, index) => {
    if (block.type !== "image" && block.type !== "table") return;
    for (const written of PROFILES[name].body({ ...article, body: [block] }, {})) {
      for (const message of differences(written, name))
        warnings.push({ path: `body[${index}]`, message });
    }
  });
  return warnings;
}
