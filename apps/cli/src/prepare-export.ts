import { type ContentError, loadArticleFile } from "@broadsheet/content";
import {
  type ExportWarning,
  exportWarnings,
  type ProfileName,
  profileFileName,
  toMarkdown,
} from "@broadsheet/markdown";
import { oneLine } from "@broadsheet/reader/sanitize";

/** How to write each article of an export. */
export interface ExportSettings {
  profile: ProfileName;
  /** A closing "Originally published in …" line: this name, or with `true`, the URL's host. */
  attribution?: string | true | undefined;
  /** The Hashnode publication's host, for the hashnode profile's `domain` field. */
  domain?: string | undefined;
}

/** One article ready to write: what it claims, its Markdown, and what its platform will show otherwise. */
export type PreparedExport =
  | {
      ok: true;
      file: string;
      slug: string;
      id: string;
      name: string;
      markdown: string;
      warnings: ExportWarning[];
    }
  | { ok: false; file: string; errors: ContentError[] };

const PLAIN_NAME = /^(?!\.\.?$)[^/\\\0]+$/;

function failure(file: string, message: string): PreparedExport {
  return { ok: false, file, errors: [{ file, code: "invalid", message }] };
}

/**
 * Reads one article file, validates it, and converts it to the profile's Markdown and file
 * name. Never throws: a bad file, or an article the profile refuses, is a failure naming the
 * file, in the same terms as `validate`.
 */
export async function prepareExport(
  file: string,
  settings: ExportSettings,
): Promise<PreparedExport> {
  const loaded = await loadArticleFile(file);
  if (!loaded.ok) return loaded;
  const { article } = loaded;
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
  return { ok: true, file, slug: article.slug, id: article.id, name, markdown, warnings };
}
