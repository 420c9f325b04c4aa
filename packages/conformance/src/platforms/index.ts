import type { ProfileName } from "@broadsheet/markdown";
import { astroPlatform } from "./astro.js";
import { cmarkGfmPlatform } from "./cmark-gfm.js";
import { eleventyPlatform } from "./eleventy.js";
import { foremPlatform } from "./forem.js";
import { hugoPlatform } from "./hugo.js";
import { jekyllPlatform } from "./jekyll.js";
import { pandocPlatform } from "./pandoc.js";
import type { Platform } from "./platform.js";

/** Every platform, by name. */
export const PLATFORMS: Readonly<Record<string, Platform>> = Object.fromEntries(
  [
    hugoPlatform,
    jekyllPlatform,
    eleventyPlatform("liquid"),
    eleventyPlatform("njk"),
    astroPlatform,
    foremPlatform,
    cmarkGfmPlatform,
    pandocPlatform,
  ].map((platform) => [platform.name, platform]),
);

/** The platforms each exported profile must render right. */
export const PROFILE_PLATFORMS: Readonly<Partial<Record<ProfileName, readonly string[]>>> = {
  hugo: ["hugo"],
  jekyll: ["jekyll"],
  eleventy: ["eleventy-liquid", "eleventy-nunjucks"],
  astro: ["astro"],
  devto: ["redcarpet"],
  gfm: ["cmark-gfm", "pandoc"],
  hashnode: ["cmark-gfm", "pandoc"],
};

/** Every profile checked and each platform it is checked on, in a fixed order. */
export function profilePlatformPairs(): { profile: ProfileName; platform: string }[] {
  return Object.entries(PROFILE_PLATFORMS).flatMap(([profile, platforms]) =>
    (platforms ?? []).map((platform) => ({ profile: profile as ProfileName, platform })),
  );
}

/** A platform by name; an error listing the names when there is none. */
export function platformNamed(name: string): Platform {
  const platform = PLATFORMS[name];
  if (platform === undefined) {
    throw new Error(`no platform ${name}; the platforms are ${Object.keys(PLATFORMS).join(", ")}`);
  }
  return platform;
}
