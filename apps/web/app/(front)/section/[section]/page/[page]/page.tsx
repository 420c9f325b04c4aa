import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/ArticleList";
import { listingPageMetadata, sectionListing } from "@/lib/listing";
import { numberedPageParams, parsePage } from "@/lib/pagination";
import { siteIndex } from "@/lib/site-content";

export const dynamicParams = false;

/** `…/page/<n>` for every page of each section (`…/page/1` is a copy of the section). */
export async function generateStaticParams(): Promise<{ section: string; page: string }[]> {
  const index = await siteIndex();
  return index.sections.flatMap((section) =>
    numberedPageParams(index.bySection.get(section.slug)?.length ?? 0).map(({ page }) => ({
      section: section.slug,
      page,
    })),
  );
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

/** A numbered page of a section: older articles, newest first. */
export default async function SectionPageLater(props: PageProps<"/section/[section]/page/[page]">) {
  return <ArticleList listing={await listingOf(props)} />;
}
