import type { AsideBlock, Block } from "@broadsheet/article";
import { escapeMarkup } from "./escape-markup";
import { inlineHtml } from "./inline-html";

function listHtml(block: Extract<Block, { type: "list" }>): string {
  const items = block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join("");
  if (!block.ordered) return `<ul>${items}</ul>`;
  return block.start !== undefined && block.start !== 1
    ? `<ol start="${block.start}">${items}</ol>`
    : `<ol>${items}</ol>`;
}

function asideBlockHtml(block: AsideBlock): string {
  switch (block.type) {
    case "paragraph":
      return `<p>${inlineHtml(block.content)}</p>`;
    case "list":
      return listHtml(block);
    default: {
      const unhandled: never = block;
      throw new Error(`unhandled aside block ${(unhandled as { type: string }).type}`);
    }
  }
}

function tableHtml(block: Extract<Block, { type: "table" }>): string {
  const style = (column: number) => {
    const align = block.align?.[column];
    return align ? ` style="text-align:${align}"` : "";
  };
  const head = block.header.map((cell, c) => `<th${style(c)}>${inlineHtml(cell)}</th>`).join("");
  const rows = block.rows
    .map(
      (row) =>
        `<tr>${row.map((cell, c) => `<td${style(c)}>${inlineHtml(cell)}</td>`).join("")}</tr>`,
    )
    .join("");
  const caption = block.caption ? `<caption>${escapeMarkup(block.caption)}</caption>` : "";
  return `<table>${caption}<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * One body block as an HTML string for feed readers, which get HTML rather than React
 * (`react-dom/server` is not available to route handlers). Every text is escaped.
 */
export function blockHtml(block: Block): string {
  switch (block.type) {
    case "paragraph":
      return `<p>${inlineHtml(block.content)}</p>`;
    case "heading":
      return `<h${block.level}>${inlineHtml(block.content)}</h${block.level}>`;
    case "blockquote": {
      const paragraphs = block.paragraphs.map((p) => `<p>${inlineHtml(p)}</p>`).join("");
      const by = block.attribution ? `<p>— ${escapeMarkup(block.attribution)}</p>` : "";
      return `<blockquote>${paragraphs}${by}</blockquote>`;
    }
    case "list":
      return listHtml(block);
    case "image": {
      const size =
        (block.width ? ` width="${block.width}"` : "") +
        (block.height ? ` height="${block.height}"` : "");
      const caption = [
        block.caption ? inlineHtml(block.caption) : "",
        block.credit ? escapeMarkup(block.credit) : "",
      ]
        .filter(Boolean)
        .join(" ");
      return `<figure><img src="${escapeMarkup(block.src)}" alt="${escapeMarkup(block.alt)}"${size}>${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>`;
    }
    case "embed":
      return `<p>${escapeMarkup(block.fallback)} <a href="${escapeMarkup(block.url)}">${escapeMarkup(block.provider ?? block.url)}</a></p>`;
    case "divider":
      return "<hr>";
    case "table":
      return tableHtml(block);
    case "aside": {
      const title = block.title ? `<p><strong>${escapeMarkup(block.title)}</strong></p>` : "";
      return `<aside>${title}${block.content.map(asideBlockHtml).join("")}</aside>`;
    }
    default: {
      const unhandled: never = block;
      throw new Error(`unhandled block type ${(unhandled as { type: string }).type}`);
    }
  }
}
