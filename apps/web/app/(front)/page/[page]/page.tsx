import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/ArticleList";
import { listingsToRender } from "@/lib/article-outputs";
import { frontListing, listingPageMetadata } from "@/lib/listing";
import { parsePage } from "@/lib/pagination";
import { siteIndex } from "@/lib/site-content";

export const dynamicParams = false;

/** `/page/<n>`: the front page's numbered pages, `/page/1` the oldest articles. */
export async function generateStaticParams(): Promise<{ page: string }[]> {
  return (await listingsToRender("front-numbered")).map((listing) => ({
    page: String(listing.page),
  }));
}

async function listingOf(props: PageProps<"/page/[page]">) {
  const page = parsePage((await props.params).page, (await siteIndex()).articles.length);
  if (page === undefined) notFound();
  return frontListing(page);
}

export async function generateMetadata(props: PageProps<"/page/[page]">): Promise<Metadata> {
  return listingPageMetadata(await listingOf(props));
}

/** A numbered page of the front page: fifty articles, newest first. */
export default async function FrontPageNumbered(props: PageProps<"/page/[page]">) {
  return <ArticleList listing={await listingOf(props)} />;
}
