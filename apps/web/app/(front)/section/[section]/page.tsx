import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/ArticleList";
import { listingsToRender } from "@/lib/article-outputs";
import { listingPageMetadata, sectionListing } from "@/lib/listing";

export const dynamicParams = false;

/** One page per section the articles are filed in. */
export async function generateStaticParams(): Promise<{ section: string }[]> {
  return (await listingsToRender("section-first")).map((listing) => ({
    section: listing.section ?? "",
  }));
}

async function listingOf(props: PageProps<"/section/[section]">) {
  const listing = await sectionListing((await props.params).section);
  if (!listing) notFound();
  return listing;
}

export async function generateMetadata(props: PageProps<"/section/[section]">): Promise<Metadata> {
  return listingPageMetadata(await listingOf(props));
}

/** The front page filtered to one section, newest first; older ones on its numbered pages. */
export default async function SectionPage(props: PageProps<"/section/[section]">) {
  return <ArticleList listing={await listingOf(props)} />;
}
