import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PageShell } from "@/components/PageShell";
import { SITE_LANGUAGE } from "@/lib/site";
import { siteIndex } from "@/lib/site-content";
import { siteMetadata } from "@/lib/site-metadata";
import "@/app/styles.css";

export const metadata: Metadata = siteMetadata();

/** Root layout of the listing pages (front page and sections), in the site's language. */
export default async function FrontLayout({ children }: { children: ReactNode }) {
  const { sections } = await siteIndex();
  return (
    <PageShell language={SITE_LANGUAGE} sections={sections}>
      {children}
    </PageShell>
  );
}
