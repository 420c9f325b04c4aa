import type { Divider } from "@broadsheet/article";
import { alignLine } from "../layout/align-line.js";
import type { LayoutContext } from "../layout/layout-context.js";
import type { Segment } from "../layout/layout-types.js";
import { STYLES } from "../layout/styles.js";

/** A section break: `* * *`, centred. */
export function layoutDivider(_block: Divider, context: LayoutContext): Segment[][] {
  const text = context.width >= 5 ? "* * *" : "*";
  return [alignLine([{ text, style: STYLES.divider }], context.width, "center")];
}
