import { fitWidth } from "../app/fit-width.js";
import type { Theme } from "../app/themes.js";
import type { LayoutSection } from "../layout/layout-types.js";
import { sanitizeForTerminal } from "../sanitize/sanitize-for-terminal.js";
import { TextWindow } from "./TextWindow.js";

/** Props of {@link TocOverlay}. */
export interface TocOverlayProps {
  sections: readonly LayoutSection[];
  cursor: number;
  /** Rows to fill: the height of the reading window it covers. */
  height: number;
  /** Width of the reading column, and the margin left of it. */
  width: number;
  margin: number;
  theme: Theme;
}

function paint(sgr: string | undefined, text: string): string {
  return sgr ? `\u001b[${sgr}m${text}\u001b[0m` : text;
}

/**
 * The table of contents over the reading window: the article's sections indented by level, the
 * chosen one marked, scrolled so that it stays in view.
 */
export function TocOverlay({ sections, cursor, height, width, margin, theme }: TocOverlayProps) {
  const rows: string[] = [paint("1", fitWidth("Contents", width)), ""];
  const listHeight = Math.max(1, height - 4);
  const first = Math.min(
    Math.max(0, cursor - Math.floor(listHeight / 2)),
    Math.max(0, sections.length - listHeight),
  );
  if (sections.length === 0) rows.push(fitWidth("This article has no sections.", width));
  sections.slice(first, first + listHeight).forEach((section, offset) => {
    const chosen = first + offset === cursor;
    const title = `${"  ".repeat(section.level - 2)}${sanitizeForTerminal(section.title)}`;
    const text = fitWidth(`${chosen ? "▸ " : "  "}${title}`, width, chosen);
    rows.push(chosen ? paint(`7${theme.overlay ? `;${theme.overlay}` : ""}`, text) : text);
  });
  while (rows.length < height - 1) rows.push("");
  rows.push(paint(theme.muted, fitWidth("↑↓ choose · Enter go there · Esc close", width)));
  return <TextWindow lines={rows.slice(0, height)} margin={margin} />;
}
