import { currentSection, type ReaderState } from "./reader-state.js";

/** What the status line says, left and right. */
export interface StatusLineText {
  left: string;
  right: string;
}

/**
 * The status line: on the left the section being read (the headline before the first section)
 * or the search prompt; on the right a message or the search counter ("3/14"), how much has been
 * read and the minutes left at the article's reading time (once it is known), and where to find
 * help.
 */
export function statusLineText(
  state: ReaderState,
  article: { headline: string; minutes: number | undefined },
): StatusLineText {
  if (state.prompt) {
    return {
      left: `${state.prompt.direction === "forward" ? "/" : "?"}${state.prompt.text}`,
      right: "Enter search · Esc cancel",
    };
  }
  const sectionIndex = currentSection(state);
  const left = state.layout.sections[sectionIndex]?.title ?? article.headline;
  const parts: string[] = [];
  if (state.message) parts.push(state.message);
  const search = state.search;
  if (search && search.matches.length > 0) {
    parts.push(`${search.current >= 0 ? search.current + 1 : "-"}/${search.matches.length}`);
  }
  const total = state.layout.lines.length;
  if (state.complete) {
    const read = total <= state.window ? 1 : Math.min(1, (state.top + state.window) / total);
    parts.push(`${Math.round(read * 100)}%`);
    const left =
      article.minutes === undefined ? undefined : Math.ceil(article.minutes * (1 - read));
    if (read >= 1) parts.push("end");
    else if (left !== undefined) parts.push(`${left} min left`);
  } else {
    parts.push("…");
  }
  parts.push("h help");
  return { left, right: parts.join("  ") };
}
