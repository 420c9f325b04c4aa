import { sectionPath } from "@/lib/paths";
import type { Section } from "@/lib/sections";
import { SITE_NAME } from "@/lib/site";

/** The masthead (a link home, never a heading) and the sections navigation. */
export function SiteHeader({ sections }: { sections: Section[] }) {
  return (
    <header className="masthead" lang="en">
      <a className="site-name" href="/">
        {SITE_NAME}
      </a>
      {sections.length > 0 ? (
        <nav aria-label="Sections">
          <ul>
            {sections.map((section) => (
              <li key={section.slug}>
                <a href={sectionPath(section.slug)}>{section.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
