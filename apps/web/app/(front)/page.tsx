import type { Metadata } from "next";
import { ArticleList } from "@/components/ArticleList";
import { frontListing, listingPageMetadata } from "@/lib/listing";

export async function generateMetadata(): Promise<Metadata> {
  return listingPageMetadata(await frontListing());
}

/** The front page: the newest articles; older ones on the numbered pages (`/page/1` the oldest). */
export default async function FrontPage() {
  return <ArticleList listing={await frontListing()} />;
}
