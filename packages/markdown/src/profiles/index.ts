import { broadsheet } from "./broadsheet.js";
import type { Profile } from "./profile.js";

/** The profiles toMarkdown can write, by name. */
export const PROFILES = { broadsheet } as const satisfies Record<string, Profile>;

/** The name of a Markdown profile. */
export type ProfileName = keyof typeof PROFILES;
