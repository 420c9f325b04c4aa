import type { Author } from "@broadsheet/article";
import { Fragment } from "react";
import { isExternalUrl } from "@/lib/is-external-url";
import type { Labels } from "@/lib/labels";

function separator(index: number, count: number, labels: Labels): string {
  if (index === 0) return "";
  return index === count - 1 ? ` ${labels.and} ` : ", ";
}

/** "By A, B and C", each name linked to the author's page where there is one. */
export function Byline({ authors, labels }: { authors: Author[]; labels: Labels }) {
  return (
    <p className="byline">
      {labels.by}{" "}
      {authors.map((author, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: authors are positional; names may repeat
        <Fragment key={index}>
          {separator(index, authors.length, labels)}
          {author.url ? (
            <a
              href={author.url}
              rel={isExternalUrl(author.url) ? "author noopener noreferrer" : "author"}
            >
              {author.name}
            </a>
          ) : (
            author.name
          )}
          {author.role ? <span className="role">, {author.role}</span> : null}
        </Fragment>
      ))}
    </p>
  );
}
