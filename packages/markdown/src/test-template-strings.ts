import type { Article, Block, Inline } from "@broadsheet/article";
import { mapBlockText } from "./read/map-block-text.js";

/** Text that template engines would run: Liquid, Nunjucks, Hugo shortcodes, Hashnode, math. */
export const TEMPLATE_STRINGS = [
  "{{ site.title }}",
  "{% include footer.html %}",
  "{% raw %}",
  "{% endraw %}",
  "{%- endraw -%}",
  "{%endraw%}",
  "{{ '{% endraw %}' }}",
  "{{",
  "{%",
  "{{{",
  "{%{%",
  "{{%",
  "}}{{",
  "a{%b",
  "%}",
  "{# note #}",
  "{{< youtube abc >}}",
  "{{% notice %}}",
  "{{</* x */>}}",
  "{{<",
  "x{{{<y",
  "\u0024{{ secrets.TOKEN }}",
  "$5 and $10",
  "$$x^2$$",
  "%[https://example.com]",
  "%%[widget-1]",
  "`{{ x }}`",
  "\\{{ x }}",
];

/** Template text without spaces, for URLs. */
export const URL_TEMPLATE_STRINGS = ["{{x}}", "{%x%}", "{{<x>}}", "{{%x%}}", "{%endraw%}", "{{{"];

function inlineWithCode(content: Inline, next: () => string): Inline {
  return content.map((span) =>
    span.marks?.includes("code")
      ? { ...span, text: `${span.text}${next().replace(/`/g, "'")}` }
      : span,
  );
}

function withUrls(block: Block, url: () => string): Block {
  const links = (content: Inline): Inline =>
    content.map((span) =>
      span.href?.startsWith("http") ? { ...span, href: `${span.href}/${url()}` } : span,
    );
  switch (block.type) {
    case "paragraph":
    case "heading":
      return { ...block, content: links(block.content) };
    case "list":
      return { ...block, items: block.items.map(links) };
    case "image":
      return { ...block, src: `${block.src}/${url()}` };
    case "embed":
      return { ...block, url: `${block.url}/${url()}` };
    default:
      return block;
  }
}

/** The article with template text appended to every text, code span and URL of its body. */
export function withTemplateText(article: Article, picks: readonly number[]): Article {
  let at = 0;
  const pick = (list: readonly string[]) => () =>
    list[(picks[at++ % picks.length] ?? 0) % list.length] ?? "";
  const text = pick(TEMPLATE_STRINGS);
  const url = pick(URL_TEMPLATE_STRINGS);
  const body = article.body.map((block) => {
    const texts = mapBlockText(block, (value) => `${value} ${text()}`);
    const code =
      texts.type === "paragraph"
        ? { ...texts, content: inlineWithCode(texts.content, text) }
        : texts;
    return withUrls(code, url);
  });
  return { ...article, headline: `${article.headline} ${text()}`, body };
}
