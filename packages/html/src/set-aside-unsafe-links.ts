import { disallowedScheme } from "./resolve-url.js";

/** The attribute a link whose URL the model refuses keeps that URL's scheme in. */
export const DROPPED_SCHEME_ATTRIBUTE = "data-broadsheet-dropped-scheme";

/**
 * Takes the `href` off each link whose scheme the model refuses (`javascript:`, `data:`, …),
 * keeping the scheme in {@link DROPPED_SCHEME_ATTRIBUTE}, before the main text is extracted:
 * the extraction drops such links without a trace, and the import notes each one.
 */
export function setAsideUnsafeLinks(document: Document): void {
  for (const link of document.querySelectorAll("a[href]")) {
    const scheme = disallowedScheme(link.getAttribute("href") ?? "", "link");
    if (scheme === undefined) continue;
    link.removeAttribute("href");
    link.setAttribute(DROPPED_SCHEME_ATTRIBUTE, scheme);
  }
}
