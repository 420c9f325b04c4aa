import type { SegmentStyle } from "../layout/layout-types.js";

/** The `--theme` choices. */
export const THEME_NAMES = ["auto", "light", "dark"] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

/** A colour role of the layout, plus the reader's own: the search match under the cursor. */
export type Role = NonNullable<SegmentStyle["role"]> | "current-match" | "status" | "overlay";

/**
 * How a theme shows each role, as SGR parameters (`"1;34"`). Roles without an entry take the
 * terminal's default colour.
 */
export type Theme = Readonly<Partial<Record<Role, string>>>;

/**
 * Only the 16 standard colours, so the user's palette still applies; bright white and yellow
 * appear only in the dark theme, black and dark blue only in the light one.
 */
const DARK: Theme = {
  headline: "97",
  dek: "37",
  heading: "93",
  quote: "36",
  muted: "90",
  link: "94",
  code: "33",
  accent: "95",
  match: "30;43",
  "current-match": "30;103;1",
  status: "7",
  overlay: "96",
};

const LIGHT: Theme = {
  headline: "34",
  dek: "90",
  heading: "35",
  quote: "32",
  muted: "90",
  link: "34",
  code: "31",
  accent: "35",
  match: "30;103",
  "current-match": "30;43;1",
  status: "7",
  overlay: "34",
};

/** Without colour, matches and the status line still stand out through inverse video. */
const MONOCHROME: Theme = {
  muted: "2",
  match: "7",
  "current-match": "7;1;4",
  status: "7",
};

/**
 * The background of the terminal as `COLORFGBG` ("15;0", set by rxvt, Konsole and others)
 * tells it: `light`, `dark`, or undefined when unknown.
 */
export function backgroundFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): "light" | "dark" | undefined {
  const background = env.COLORFGBG?.split(";").at(-1);
  if (background === undefined || !/^\d+$/.test(background)) return undefined;
  const colour = Number(background);
  return colour === 7 || (colour >= 9 && colour <= 15) ? "light" : "dark";
}

/**
 * The theme to read with: `light` or `dark` as asked, `auto` from the terminal's background
 * (dark when it cannot be told), and the monochrome one whenever colour is off.
 */
export function resolveTheme(
  name: ThemeName,
  env: Readonly<Record<string, string | undefined>>,
  color: boolean,
): Theme {
  if (!color) return MONOCHROME;
  const background = name === "auto" ? (backgroundFromEnv(env) ?? "dark") : name;
  return background === "light" ? LIGHT : DARK;
}
