import { astro } from "./astro.js";
import { broadsheet } from "./broadsheet.js";
import { devto } from "./devto.js";
import { eleventy } from "./eleventy.js";
import { gfm } from "./gfm.js";
import { hashnode } from "./hashnode.js";
import { hugo } from "./hugo.js";
import { jekyll } from "./jekyll.js";

/** The profiles toMarkdown can write, by name. */
export const PROFILES = { broadsheet, gfm, hugo, jekyll, astro, eleventy, devto, hashnode };

/** The name of a Markdown profile. */
export type ProfileName = keyof typeof PROFILES;

/** Every profile name, the canonical `broadsheet` first. */
export const PROFILE_NAMES = Object.keys(PROFILES) as readonly ProfileName[];
