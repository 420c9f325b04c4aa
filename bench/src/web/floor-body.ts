import {
  assertNever,
  type Block,
  type Inline,
  MARK_ELEMENTS,
  type Span,
} from "@broadsheet/article";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text escaped for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

function span(item: Span): string {
  let html = escapeHtml(item.text);
  for (const mark of item.marks ?? []) {
    const element = MARK_ELEMENTS[mark];
    html = `<${element}>${html}</${element}>`;
  }
  if (item.href === undefined) return html;
  const external = /^https?:/.test(item.href) ? ' rel="noopener noreferrer"' : "";
  return `<a href="${escapeHtml(item.href)}"${external}>${html}</a>`;
}

/** Inline spans as HTML. */
export function inlineHtml(content: Inline): string {
  return content.map(span).join("");
}

const row = (cells: Inline[], tag: "th" | "td") =>
  `<tr>${cells.map((cell) => `<${tag}>${inlineHtml(cell)}</${tag}>`).join("")}</tr>`;

/**
 * One body block as the plain, semantic HTML a person would write by hand: `<p>`, `<h2>`…,
 * `<blockquote>` with a `<footer>`, lists, `<figure>` with sized `<img>`, an embed as a link
 * with its fallback text, `<hr>`, `<table>` and `<aside>`.
 */
export function floorBlockHtml(block: Block): string {
  switch (block.type) {
    case "paragraph":
      return `<p>${inlineHtml(block.content)}</p>`;
    case "heading":
      return `<h${block.level}>${inlineHtml(block.content)}</h${block.level}>`;
    case "blockquote": {
      const body = block.paragraphs.map((paragraph) => `<p>${inlineHtml(paragraph)}</p>`).join("");
      const by = block.attribution ? `<footer>— ${escapeHtml(block.attribution)}</footer>` : "";
      return `<blockquote class="${block.style}">${body}${by}</blockquote>`;
    }
    case "list": {
      const tag = block.ordered ? "ol" : "ul";
      const start = block.start === undefined ? "" : ` start="${block.start}"`;
      const items = block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join("");
      return `<${tag}${start}>${items}</${tag}>`;
    }
    case "image": {
      const size =
        block.width && block.height ? ` width="${block.width}" height="${block.height}"` : "";
      const caption = [
        block.caption ? inlineHtml(block.caption) : "",
        block.credit ? `<small>${escapeHtml(block.credit)}</small>` : "",
      ].join(" ");
      return `<figure><img src="${escapeHtml(block.src)}" alt="${escapeHtml(block.alt)}"${size} loading="lazy"><figcaption>${caption}</figcaption></figure>`;
    }
    case "embed":
      return `<p class="embed"><a href="${escapeHtml(block.url)}" rel="noopener noreferrer">${escapeHtml(block.fallback)}</a></p>`;
    case "divider":
      return "<hr>";
    case "table": {
      const caption = block.caption ? `<caption>${escapeHtml(block.caption)}</caption>` : "";
      const body = block.rows.map((cells) => row(cells, "td")).join("");
      return `<table>${caption}<thead>${row(block.header, "th")}</thead><tbody>${body}</tbody></table>`;
    }
    case "aside": {
      const title = block.title ? `<h2>${escapeHtml(block.title)}</h2>` : "";
      return `<aside>${title}${block.content.map(floorBlockHtml).join("")}</aside>`;
    }
    default:
      return assertNever(block, "block type");
  }
}
