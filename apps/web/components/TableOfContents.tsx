import type { TocEntry } from "@broadsheet/article";

/** The article's contents, linking to each subhead; nested by heading level. */
export function TableOfContents({ entries, label }: { entries: TocEntry[]; label: string }) {
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <h2 id="toc-title">{label}</h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id} className={`toc-level-${entry.level}`}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
