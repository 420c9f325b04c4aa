import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/ArticleList";
import { listingPageMetadata, sectionListing } from "@/lib/listing";
import { siteIndex } from "@/lib/site-content";

export const dynamicParams = false;

/** One page per section the articles are filed in. */
export async function generateStaticParams(): Promise<{ section: string }[]> {
  return (await siteIndex()).sections.map((section) => ({ section: section.slug }));
}

async function listingOf(props: PageProps<"/section/[section]">) {
  const listing = await sectionListing((await props.params).section, 1);
  if (!listing) notFound();
  return listing;
}

export async function generateMetadata(props: PageProps<"/section/[section]">): Promise<Metadata> {
  return listingPageMetadata(await listingOf(props));
}

/** The front page filtered to one section, newest first; older ones on `…/page/2`, …. */
export default async function SectionPage(props: PageProps<"/section/[section]">) {
  return <ArticleList listing={await listingOf(props)} />;
}
