import { fitWidth } from "../app/fit-width.js";
import type { Theme } from "../app/themes.js";
import { TextWindow } from "./TextWindow.js";

/** The keys of the article view, as the help lists them. */
export const HELP_KEYS: readonly (readonly [string, string])[] = [
  ["j k ↓ ↑", "line down / up"],
  ["Space f PgDn", "page down"],
  ["b PgUp", "page up"],
  ["d u", "half page down / up"],
  ["g G Home End", "top / end"],
  ["/ ?", "search forward / backward"],
  ["n N", "next / previous match"],
  ["] [", "next / previous section"],
  ["t", "table of contents"],
  ["+ -", "wider / narrower column"],
  ["h F1", "this help"],
  ["q", "quit (back to the library)"],
];

/** Props of {@link HelpOverlay}. */
export interface HelpOverlayProps {
  height: number;
  width: number;
  margin: number;
  theme: Theme;
}

/** The key help over the reading window. */
export function HelpOverlay({ height, width, margin, theme }: HelpOverlayProps) {
  const keyWidth = Math.max(...HELP_KEYS.map(([keys]) => keys.length)) + 2;
  const accent = theme.accent ? `;${theme.accent}` : "";
  const rows = [`\u001b[1m${fitWidth("Keys", width)}\u001b[0m`, ""];
  for (const [keys, what] of HELP_KEYS) {
    const key = `\u001b[1${accent}m${keys.padEnd(keyWidth)}\u001b[0m`;
    rows.push(key + fitWidth(what, Math.max(0, width - keyWidth)));
  }
  while (rows.length < height - 1) rows.push("");
  const hint = fitWidth("Esc, q or h closes the help", width);
  rows.push(theme.muted ? `\u001b[${theme.muted}m${hint}\u001b[0m` : hint);
  return <TextWindow lines={rows.slice(0, height)} margin={margin} />;
}
