import type { ReactNode } from "react";
import { labelsFor } from "@/lib/labels";
import type { Section } from "@/lib/sections";
import { textDirection } from "@/lib/text-direction";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";
import { SkipLink } from "./SkipLink";

/** The document every root layout renders: `<html lang dir>`, skip link, landmarks. */
export function PageShell(props: { language: string; sections: Section[]; children: ReactNode }) {
  const { language, sections, children } = props;
  return (
    <html lang={language} dir={textDirection(language)}>
      <body>
        <SkipLink label={labelsFor(language).skipToContent} />
        <SiteHeader sections={sections} />
        <main id="content" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
