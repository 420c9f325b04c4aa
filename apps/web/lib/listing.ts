import type { Article } from "@broadsheet/article";
import type { Metadata } from "next";
import { formatDate } from "./format-date";
import {
  firstPageLength,
  listingPagePath,
  pageAfterFirst,
  pageCount,
  pageSlice,
} from "./pagination";
import { sectionPath } from "./paths";
import { SITE_DESCRIPTION, SITE_NAME } from "./site";
import { siteIndex } from "./site-content";
import type { SiteIndex } from "./site-index";
import { listingMetadata } from "./site-metadata";

/** One page of a listing (the front page or a section): what it shows and where it is. */
export interface Listing {
  title: string;
  intro?: string;
  /** The path of the listing's first page. */
  base: string;
  /** The section's slug, on a section's pages. */
  section?: string;
  /** The page's own path. */
  path: string;
  /**
   * The path search engines should index for it: its own, or the listing's first page for a
   * numbered page whose articles the first page shows as well.
   */
  canonical: string;
  /** Its number among the listing's numbered pages (1 = the oldest), or undefined on the first page. */
  page?: number;
  /** The page's articles, newest first. */
  articles: Article[];
  /** The path of the page of newer articles, if any. */
  newer?: string;
  /** The path of the page of older articles, if any. */
  older?: string;
}

interface ListingSource {
  base: string;
  section?: string;
  title: string;
  intro?: string;
  /** The listing's articles, newest first. */
  all: readonly Article[];
}

function firstPage({ base, section, title, intro, all }: ListingSource): Listing {
  const older = pageAfterFirst(all.length);
  return {
    title,
    ...(intro ? { intro } : {}),
    base,
    ...(section ? { section } : {}),
    path: base,
    canonical: base,
    articles: all.slice(0, firstPageLength(all.length)),
    ...(older ? { older: listingPagePath(base, older) } : {}),
  };
}

function numberedPage({ base, section, title, all }: ListingSource, page: number): Listing {
  const last = pageCount(all.length);
  const path = listingPagePath(base, page);
  const onFirstPage = page > (pageAfterFirst(all.length) ?? 0);
  return {
    title,
    base,
    ...(section ? { section } : {}),
    path,
    canonical: onFirstPage ? base : path,
    page,
    articles: pageSlice(all, page),
    newer: page < last ? listingPagePath(base, page + 1) : base,
    ...(page > 1 ? { older: listingPagePath(base, page - 1) } : {}),
  };
}

function pageOf(source: ListingSource, page: number | undefined): Listing {
  return page === undefined ? firstPage(source) : numberedPage(source, page);
}

function frontSource(index: SiteIndex): ListingSource {
  return { base: "/", title: SITE_NAME, intro: SITE_DESCRIPTION, all: index.articles };
}

function sectionSource(index: SiteIndex, slug: string): ListingSource | undefined {
  const section = index.sections.find((candidate) => candidate.slug === slug);
  if (!section) return undefined;
  return {
    base: sectionPath(slug),
    section: slug,
    title: section.name,
    all: index.bySection.get(slug) ?? [],
  };
}

/** The front page (no `page`) or its numbered page `page`: every article, newest first. */
export async function frontListing(page?: number): Promise<Listing> {
  return pageOf(frontSource(await siteIndex()), page);
}

/** A section's first page (no `page`) or numbered page, or undefined for a section no article is filed in. */
export async function sectionListing(slug: string, page?: number): Promise<Listing | undefined> {
  const source = sectionSource(await siteIndex(), slug);
  return source && pageOf(source, page);
}

/**
 * Every page of every listing but the front page itself: the front page's numbered pages, each
 * section's first page and numbered pages.
 */
export function listingPages(index: SiteIndex): Listing[] {
  const numbered = (source: ListingSource) =>
    Array.from({ length: pageCount(source.all.length) }, (_, at) => numberedPage(source, at + 1));
  return [
    ...numbered(frontSource(index)),
    ...index.sections.flatMap((section) => {
      const source = sectionSource(index, section.slug);
      return source ? [firstPage(source), ...numbered(source)] : [];
    }),
  ];
}

/** The dates a numbered page spans, oldest to newest (`3 March 2024 to 9 April 2024`), if dated. */
export function listingDates(listing: Listing): string | undefined {
  const dates = listing.articles.flatMap((article) => article.datePublished ?? []);
  const newest = dates[0];
  const oldest = dates.at(-1);
  if (!newest || !oldest) return undefined;
  const [from, to] = [formatDate(oldest, "en"), formatDate(newest, "en")];
  return from === to ? from : `${from} to ${to}`;
}

/**
 * The metadata of a listing page: its canonical URL; numbered pages carry their number in the
 * title (`World · archive page 2`, `Archive page 2` on the front page).
 */
export function listingPageMetadata(listing: Listing): Metadata {
  const front = listing.base === "/";
  const description = front ? undefined : `${listing.title} articles`;
  if (listing.page === undefined) {
    return listingMetadata(listing.canonical, front ? undefined : listing.title, description);
  }
  const title = front
    ? `Archive page ${listing.page}`
    : `${listing.title} · archive page ${listing.page}`;
  return listingMetadata(listing.canonical, title, description);
}
