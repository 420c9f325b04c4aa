import type { Metadata } from "next";
import { ArticleList } from "@/components/ArticleList";
import { frontListing, listingPageMetadata } from "@/lib/listing";

export async function generateMetadata(): Promise<Metadata> {
  return listingPageMetadata(await frontListing(1));
}

/** The front page: the newest articles; older ones on `/page/2`, …. */
export default async function FrontPage() {
  return <ArticleList listing={await frontListing(1)} />;
}
