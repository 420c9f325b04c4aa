import { centreMargin } from "../layout/centre-margin.js";
import { drawWindow } from "./draw-window.js";
import type { ReaderState } from "./reader-state.js";
import { statusLineText } from "./status-line-text.js";
import { statusRow } from "./status-row.js";
import type { Theme } from "./themes.js";

/** What {@link firstFrame} draws with. */
export interface FrameOptions {
  columns: number;
  theme: Theme;
  hyperlinks: boolean;
  headline: string;
  minutes: number;
}

/**
 * The article view's screen for `state` as the text to write at the top left of a cleared
 * terminal: the same rows the Ink view draws (the centred reading window, then the status line),
 * without Ink. It lets the reader show an article's first screen before Ink has loaded.
 */
export function firstFrame(state: ReaderState, options: FrameOptions): string {
  const { columns, theme, hyperlinks } = options;
  const margin = " ".repeat(centreMargin(columns, state.layout.width));
  const rows = drawWindow(state, { theme, hyperlinks }).map((line) => (line ? margin + line : ""));
  const status = statusLineText(state, { headline: options.headline, minutes: options.minutes });
  rows.push(statusRow(status.left, status.right, columns, theme));
  return rows.join("\r\n");
}
