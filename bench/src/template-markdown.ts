import { type Article, blockText } from "@broadsheet/article";

/**
 * The floor: the least a Markdown export can do. The headline as `# …`, then the text of each
 * block joined by blank lines: no front matter, no markup, no escaping (so it is not safe; it is
 * only what copying the text out costs).
 */
export function templateMarkdown(article: Article): string {
  return `# ${article.headline}\n\n${article.body.map(blockText).join("\n\n")}\n`;
}
