import type { Metadata } from "next";
import { ATOM_FEED_PATH, JSON_FEED_PATH } from "./paths";
import { SITE_NAME } from "./site";

type Alternates = NonNullable<Metadata["alternates"]>;

/** The feed discovery links every page carries (`<link rel="alternate" type=…>`). */
export const FEED_ALTERNATE_TYPES = {
  "application/atom+xml": [{ url: ATOM_FEED_PATH, title: `${SITE_NAME} (Atom)` }],
  "application/feed+json": [{ url: JSON_FEED_PATH, title: `${SITE_NAME} (JSON Feed)` }],
} satisfies NonNullable<Alternates["types"]>;

/**
 * Page alternates with the feed links merged in. Next merges metadata shallowly per key, so a
 * page that sets `alternates` (for its canonical URL) replaces the layout's `alternates.types`
 * wholesale; every page builds its alternates through this so the feeds are never dropped.
 */
export function withFeedAlternates(alternates: Alternates = {}): Alternates {
  return { ...alternates, types: { ...FEED_ALTERNATE_TYPES, ...alternates.types } };
}
