import type { Article } from "@broadsheet/article";
import type { Metadata } from "next";
import { listingPagePath, pageCount, pageSlice } from "./pagination";
import { sectionPath } from "./paths";
import { SITE_DESCRIPTION, SITE_NAME } from "./site";
import { siteIndex } from "./site-content";
import { listingMetadata } from "./site-metadata";

/** One page of a listing (the front page or a section): what it shows and where it is. */
export interface Listing {
  title: string;
  intro?: string;
  /** The path of the listing's first page. */
  base: string;
  page: number;
  /** Articles in the whole listing, over all its pages. */
  total: number;
  articles: Article[];
}

function pageOf(
  base: string,
  title: string,
  all: readonly Article[],
  page: number,
  intro?: string,
): Listing {
  return {
    title,
    ...(intro ? { intro } : {}),
    base,
    page,
    total: all.length,
    articles: pageSlice(all, page),
  };
}

/** Page `page` of the front page: every article, newest first. */
export async function frontListing(page: number): Promise<Listing> {
  const { articles } = await siteIndex();
  return pageOf("/", SITE_NAME, articles, page, SITE_DESCRIPTION);
}

/** Page `page` of a section, or undefined for a section no article is filed in. */
export async function sectionListing(slug: string, page: number): Promise<Listing | undefined> {
  const index = await siteIndex();
  const section = index.sections.find((candidate) => candidate.slug === slug);
  if (!section) return undefined;
  return pageOf(sectionPath(slug), section.name, index.bySection.get(slug) ?? [], page);
}

/**
 * The metadata of a listing page: its own canonical URL; later pages carry their number in the
 * title (`World · page 2 of 7`, `Page 2 of 90` on the front page).
 */
export function listingPageMetadata(listing: Listing): Metadata {
  const path = listingPagePath(listing.base, listing.page);
  const front = listing.base === "/";
  const description = front ? undefined : `${listing.title} articles`;
  if (listing.page <= 1)
    return listingMetadata(path, front ? undefined : listing.title, description);
  const position = `page ${listing.page} of ${pageCount(listing.total)}`;
  const title = front ? `P${position.slice(1)}` : `${listing.title} · ${position}`;
  return listingMetadata(path, title, description);
}
