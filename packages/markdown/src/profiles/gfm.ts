import type { Block } from "@broadsheet/article";
import { portableBody } from "../portable/portable-body.js";
import { renderInline } from "../render/render-inline.js";
import { textFilter } from "../render/text-filter.js";
import { bylineParagraph } from "./byline-paragraph.js";
import type { Profile } from "./profile.js";
import { slugFileName } from "./slug-file-name.js";

const GITHUB = textFilter("cmark-gfm", "pandoc", "github");

/**
 * GitHub-flavoured Markdown with no front matter (GitHub shows front matter as a table): the
 * headline as `# Headline`, then the dek in italics and the byline line, then the body. Two or
 * more `$` in a paragraph are escaped, since GitHub reads `$…$` as math.
 */
export const gfm: Profile = {
  head(article) {
    const headline = renderInline([{ text: article.headline }], {
      lineStart: false,
      breaks: "entity",
      heading: true,
      textFilter: GITHUB,
    });
    return `# ${headline}\n\n`;
  },
  body(article, options) {
    const front: Block[] = [];
    if (article.alternativeHeadline !== undefined) {
      front.push({
        type: "paragraph",
        content: [{ text: article.alternativeHeadline, marks: ["em"] }],
      });
    }
    const byline = bylineParagraph(article);
    if (byline) front.push(byline);
    return [
      ...front,
      ...portableBody(article, { scripts: "html", attribution: options.attribution }),
    ];
  },
  datelineInLead: false,
  markers: false,
  textFilter: GITHUB,
  fileName: slugFileName,
  read: { fields: (data) => data },
};
