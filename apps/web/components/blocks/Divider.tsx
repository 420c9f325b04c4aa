import type { Divider as DividerBlock } from "@broadsheet/article";

/** A section break. */
export function Divider(_props: { block: DividerBlock }) {
  return <hr />;
}
