import type { Citation } from "@broadsheet/article";
import { isExternalUrl } from "@/lib/is-external-url";
import type { Labels } from "@/lib/labels";

/** The sources the article cites, linked where they have a URL. */
export function Citations({ citations, labels }: { citations: Citation[]; labels: Labels }) {
  return (
    <section className="citations" aria-labelledby="citations-title">
      <h2 id="citations-title">{labels.sources}</h2>
      <ul>
        {citations.map((citation, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: citations are positional
          <li key={index}>
            <cite>
              {citation.url ? (
                <a
                  href={citation.url}
                  rel={isExternalUrl(citation.url) ? "noopener noreferrer" : undefined}
                >
                  {citation.name}
                </a>
              ) : (
                citation.name
              )}
            </cite>
            {citation.publisher ? `, ${citation.publisher}` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}
