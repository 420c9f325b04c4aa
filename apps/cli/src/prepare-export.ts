import type { Article } from "@broadsheet/article";
import type { ContentError, IndexedContent } from "@broadsheet/content";
import {
  type ExportWarning,
  exportWarnings,
  type ProfileName,
  profileFileName,
  toMarkdown,
} from "@broadsheet/markdown";
import { oneLine } from "@broadsheet/reader/sanitize";
import type { ExportLedger } from "./export-ledger.js";

/** How to write each article of an export. */
export interface ExportSettings {
  profile: ProfileName;
  /** A closing "Originally published in …" line: this name, or with `true`, the URL's host. */
  attribution?: string | true | undefined;
  /** The Hashnode publication's host, for the hashnode profile's `domain` field. */
  domain?: string | undefined;
}

/**
 * One article ready to write: what it claims, its Markdown (undefined when the index shows the
 * output already holds it: the same source, settings and output file as the last export), and
 * what its platform will show otherwise.
 */
export type PreparedExport =
  | {
      ok: true;
      file: string;
      slug: string;
      id: string;
      name: string;
      markdown: string | undefined;
      warnings: ExportWarning[];
      /** The source text's hash, when the file was read through an index. */
      hash: string | undefined;
    }
  | { ok: false; file: string; errors: ContentError[] };

const PLAIN_NAME = /^(?!\.\.?$)[^/\\\0]+$/;

function failure(file: string, message: string): PreparedExport {
  return { ok: false, file, errors: [{ file, code: "invalid", message }] };
}

/** The key under which the index records exports with these settings (with the output folder). */
export function exportSettingsKey(settings: ExportSettings): string {
  return JSON.stringify([settings.profile, settings.attribution ?? null, settings.domain ?? null]);
}

/** Converts a valid article to the profile's Markdown and file name. */
export function renderExport(
  file: string,
  article: Article,
  settings: ExportSettings,
  hash: string | undefined,
): PreparedExport {
  let name: string;
  let markdown: string;
  let warnings: ExportWarning[];
  try {
    name = profileFileName(article, settings.profile);
    const options = {
      profile: settings.profile,
      ...(settings.attribution !== undefined && { attribution: settings.attribution }),
      ...(settings.domain !== undefined && { domain: settings.domain }),
    };
    markdown = toMarkdown(article, options);
    warnings = exportWarnings(article, options);
  } catch (error) {
    const detail = oneLine(error instanceof Error ? error.message : String(error));
    return failure(file, `cannot be exported with the ${settings.profile} profile: ${detail}`);
  }
  if (!PLAIN_NAME.test(name)) {
    return failure(
      file,
      `the ${settings.profile} profile names it ${JSON.stringify(name)}, which is not a plain file name; this is a bug in broadsheet, please report it`,
    );
  }
  return { ok: true, file, slug: article.slug, id: article.id, name, markdown, warnings, hash };
}

/**
 * Prepares one article file of `content` for export: its errors, in the same terms as
 * `validate`, or its Markdown and file name. When the `ledger` of the output folder shows that
 * the last export with these settings wrote this very source to a file that is unchanged since,
 * nothing is rendered. Without a ledger (stdout), every article is rendered. Never throws.
 */
export function prepareExport(
  content: IndexedContent,
  file: string,
  settings: ExportSettings,
  ledger: ExportLedger | undefined,
): PreparedExport {
  const entry = content.entry(file);
  if (!entry) return { ok: false, file, errors: [] };
  if (!entry.ok) return { ok: false, file, errors: entry.errors };
  const hash = content.indexOf(file) ? entry.hash : undefined;
  const known = hash === undefined ? undefined : ledger?.known(file, hash);
  if (known) {
    const { slug, id } = entry;
    return { ok: true, file, slug, id, markdown: undefined, hash, ...known };
  }
  return renderExport(file, content.article(file), settings, hash);
}
