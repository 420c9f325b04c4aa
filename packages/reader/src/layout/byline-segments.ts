import type { Author } from "@broadsheet/article";
import type { Segment } from "./layout-types.js";
import { linkDestination } from "./link-destination.js";
import { STYLES } from "./styles.js";
import { textSegment } from "./text-segment.js";

/**
 * `By A, B and C`, the names bold (and linked to the author's page when hyperlinks are on); empty
 * when there are no authors.
 */
export function bylineSegments(authors: readonly Author[], hyperlinks: boolean): Segment[] {
  const segments: Segment[] = [];
  authors.forEach((author, index) => {
    const joiner = index === 0 ? "By " : index === authors.length - 1 ? " and " : ", ";
    segments.push(textSegment(joiner, STYLES.byline));
    const href = hyperlinks && author.url ? linkDestination(author.url) : undefined;
    segments.push(textSegment(author.name, href ? { ...STYLES.author, href } : STYLES.author));
  });
  return segments;
}
