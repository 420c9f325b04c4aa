import type { Dateline as DatelineValue } from "@broadsheet/article";

/** Where (and as printed, when and from whom) the story was filed, set in small caps. */
export function Dateline({ dateline }: { dateline: DatelineValue }) {
  return (
    <span className="dateline">
      {dateline.place}
      {dateline.date ? `, ${dateline.date}` : ""}
      {dateline.source ? ` (${dateline.source})` : ""}
    </span>
  );
}
