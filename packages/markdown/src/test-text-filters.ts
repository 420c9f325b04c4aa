import { escapeMathDollars } from "./text-filters/escape-math-dollars.js";
import { goldmarkText } from "./text-filters/goldmark-text.js";
import { hashnodeText } from "./text-filters/hashnode-text.js";
import { kramdownText } from "./text-filters/kramdown-text.js";
import { redcarpetText } from "./text-filters/redcarpet-text.js";

/** No text filter, then every profile's text filter: the filters a fast path must agree under. */
export const ALL_TEXT_FILTERS = [
  undefined,
  escapeMathDollars,
  goldmarkText,
  hashnodeText,
  kramdownText,
  redcarpetText,
] as const;
