import {
  type Article,
  assertNever,
  type Block,
  type Inline,
  MARK_ELEMENTS,
  type Span,
} from "@broadsheet/article";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => ESCAPES[character] ?? character);
}

function spanHtml(span: Span): string {
  let html = escapeHtml(span.text);
  for (const mark of span.marks ?? []) {
    const element = MARK_ELEMENTS[mark];
    html = `<${element}>${html}</${element}>`;
  }
  return span.href === undefined ? html : `<a href="${escapeHtml(span.href)}">${html}</a>`;
}

function inlineHtml(inline: Inline): string {
  return inline.map(spanHtml).join("");
}

function rowHtml(cells: Inline[], tag: "th" | "td"): string {
  return `<tr>${cells.map((cell) => `<${tag}>${inlineHtml(cell)}</${tag}>`).join("")}</tr>`;
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case "paragraph":
      return `<p>${inlineHtml(block.content)}</p>`;
    case "heading":
      return `<h${block.level}>${inlineHtml(block.content)}</h${block.level}>`;
    case "blockquote": {
      const paragraphs = block.paragraphs.map((paragraph) => `<p>${inlineHtml(paragraph)}</p>`);
      if (block.attribution !== undefined)
        paragraphs.push(`<p>— ${escapeHtml(block.attribution)}</p>`);
      return `<blockquote>${paragraphs.join("")}</blockquote>`;
    }
    case "list": {
      const tag = block.ordered ? "ol" : "ul";
      const start = block.start === undefined ? "" : ` start="${block.start}"`;
      return `<${tag}${start}>${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join("")}</${tag}>`;
    }
    case "image": {
      const title = block.credit === undefined ? "" : ` title="${escapeHtml(block.credit)}"`;
      const caption = block.caption ? `<figcaption>${inlineHtml(block.caption)}</figcaption>` : "";
      return `<figure><img src="${escapeHtml(block.src)}" alt="${escapeHtml(block.alt)}"${title}>${caption}</figure>`;
    }
    case "embed": {
      const title = block.provider === undefined ? "" : ` title="${escapeHtml(block.provider)}"`;
      return `<p><a href="${escapeHtml(block.url)}"${title}>${escapeHtml(block.fallback)}</a></p>`;
    }
    case "divider":
      return "<hr>";
    case "table":
      return `<table>${block.caption === undefined ? "" : `<caption>${escapeHtml(block.caption)}</caption>`}<thead>${rowHtml(block.header, "th")}</thead><tbody>${block.rows
        .map((cells) => rowHtml(cells, "td"))
        .join("")}</tbody></table>`;
    case "aside": {
      const title =
        block.title === undefined ? "" : `<p><strong>${escapeHtml(block.title)}</strong></p>`;
      return `<aside>${title}${block.content.map(blockHtml).join("")}</aside>`;
    }
    default:
      return assertNever(block, "block type");
  }
}

/** The article as the HTML turndown would be given: the headline as the h1, then the body. */
export function articleToHtml(article: Article): string {
  return `<h1>${escapeHtml(article.headline)}</h1>${article.body.map(blockHtml).join("")}`;
}
