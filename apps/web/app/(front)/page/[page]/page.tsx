import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/ArticleList";
import { frontListing, listingPageMetadata } from "@/lib/listing";
import { numberedPageParams, parsePage } from "@/lib/pagination";
import { siteIndex } from "@/lib/site-content";

export const dynamicParams = false;

/** `/page/<n>` for every page of the front page (`/page/1` is a copy of `/`). */
export async function generateStaticParams(): Promise<{ page: string }[]> {
  return numberedPageParams((await siteIndex()).articles.length);
}

async function listingOf(props: PageProps<"/page/[page]">) {
  const page = parsePage((await props.params).page, (await siteIndex()).articles.length);
  if (page === undefined) notFound();
  return frontListing(page);
}

export async function generateMetadata(props: PageProps<"/page/[page]">): Promise<Metadata> {
  return listingPageMetadata(await listingOf(props));
}

/** A numbered page of the front page: older articles, newest first. */
export default async function FrontPageLater(props: PageProps<"/page/[page]">) {
  return <ArticleList listing={await listingOf(props)} />;
}
