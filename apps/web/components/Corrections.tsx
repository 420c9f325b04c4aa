import type { Correction } from "@broadsheet/article";
import { formatDate } from "@/lib/format-date";
import type { Labels } from "@/lib/labels";

/** The article's published corrections, clarifications and updates, dated. */
export function Corrections(props: {
  corrections: Correction[];
  labels: Labels;
  language: string;
}) {
  const { corrections, labels, language } = props;
  return (
    <section className="corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title">{labels.correctionsTitle}</h2>
      <ul>
        {corrections.map((correction, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: corrections are positional
          <li key={index}>
            <strong>{labels.corrections[correction.kind]}</strong>{" "}
            <time dateTime={correction.date}>{formatDate(correction.date, language)}</time>:{" "}
            {correction.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
