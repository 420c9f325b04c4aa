import type { Metadata } from "next";
import { withFeedAlternates } from "./feed-alternates";
import { SITE_DESCRIPTION, SITE_NAME, siteOrigin } from "./site";

/** Metadata shared by every page: the origin for absolute URLs, title template, feed links. */
export function siteMetadata(): Metadata {
  return {
    metadataBase: new URL(`${siteOrigin()}/`),
    title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
    description: SITE_DESCRIPTION,
    alternates: withFeedAlternates(),
    openGraph: { siteName: SITE_NAME, type: "website" },
    formatDetection: { telephone: false, address: false, email: false, date: false },
  };
}

/** Metadata for a listing page (front page, section) at `path`. */
export function listingMetadata(path: string, title?: string, description?: string): Metadata {
  return {
    ...(title ? { title } : {}),
    description: description ?? SITE_DESCRIPTION,
    alternates: withFeedAlternates({ canonical: path }),
    openGraph: {
      type: "website",
      siteName: SITE_NAME,
      url: path,
      title: title ?? SITE_NAME,
      description: description ?? SITE_DESCRIPTION,
    },
    twitter: { card: "summary" },
  };
}
