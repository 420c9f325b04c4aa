import type { FrontRead, RenderedPage } from "./platform.js";

/** The markers every layout prints around what it read, so any platform's page is read alike. */
export const MARKERS = {
  frontStart: "BROADSHEET-FRONT-START",
  frontEnd: "BROADSHEET-FRONT-END",
  contentStart: "BROADSHEET-CONTENT-START",
  contentEnd: "BROADSHEET-CONTENT-END",
} as const;

/** A page a layout printed: the source file it came from, its front matter and its body HTML. */
export interface MarkedPage {
  source: string;
  page: RenderedPage;
}

/**
 * Reads a page printed by a layout as
 * `FRONT-START{json}FRONT-END CONTENT-START html CONTENT-END`; the JSON holds `source` (the
 * input file's path) and the fields read.
 */
export function readMarkedPage(output: string, where: string): MarkedPage {
  const frontStart = output.indexOf(MARKERS.frontStart);
  const frontEnd = output.indexOf(MARKERS.frontEnd);
  const contentStart = output.indexOf(MARKERS.contentStart);
  const contentEnd = output.lastIndexOf(MARKERS.contentEnd);
  if (frontStart < 0 || frontEnd < frontStart || contentStart < frontEnd || contentEnd < 0) {
    throw new Error(`${where}: the page lacks the layout's markers`);
  }
  const json = output.slice(frontStart + MARKERS.frontStart.length, frontEnd);
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(json) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${where}: the layout's front matter JSON does not parse: ${String(error)}`);
  }
  const { source, ...front } = data;
  return {
    source: String(source),
    page: {
      html: output.slice(contentStart + MARKERS.contentStart.length, contentEnd),
      front: front as FrontRead,
    },
  };
}

/** The base name of a path (after the last `/`). */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}
