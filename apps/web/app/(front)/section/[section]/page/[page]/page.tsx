import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/ArticleList";
import { listingsToRender } from "@/lib/article-outputs";
import { listingPageMetadata, sectionListing } from "@/lib/listing";
import { parsePage } from "@/lib/pagination";
import { siteIndex } from "@/lib/site-content";

export const dynamicParams = false;

/** `…/page/<n>`: each section's numbered pages, `…/page/1` its oldest articles. */
export async function generateStaticParams(): Promise<{ section: string; page: string }[]> {
  return (await listingsToRender("section-numbered")).map((listing) => ({
    section: listing.section ?? "",
    page: String(listing.page),
  }));
}

async function listingOf(props: PageProps<"/section/[section]/page/[page]">) {
  const params = await props.params;
  const filed = (await siteIndex()).bySection.get(params.section)?.length ?? 0;
  const page = parsePage(params.page, filed);
  const listing = page === undefined ? undefined : await sectionListing(params.section, page);
  if (!listing) notFound();
  return listing;
}

export async function generateMetadata(
  props: PageProps<"/section/[section]/page/[page]">,
): Promise<Metadata> {
  return listingPageMetadata(await listingOf(props));
}

/** A numbered page of a section: fifty articles, newest first. */
export default async function SectionPageLater(props: PageProps<"/section/[section]/page/[page]">) {
  return <ArticleList listing={await listingOf(props)} />;
}
