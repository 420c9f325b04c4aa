import { join } from "node:path";
import { Article } from "@broadsheet/article";
import { formatContentError, type IndexedContent, indexArticles } from "@broadsheet/content";
import { PROFILE_NAMES, type ProfileName } from "@broadsheet/markdown";
import { type Command, Option } from "commander";
import { letYoungGenerationGrow } from "../batch-heap.js";
import { checkOutFolder } from "../check-out-folder.js";
import { CliError } from "../cli-error.js";
import type { Context } from "../context.js";
import { createProgress } from "../create-progress.js";
import { defaultContentPaths } from "../default-content-paths.js";
import { describeExisting, describeWriteError } from "../describe-write-error.js";
import { ExitCode, exitCodeFor } from "../exit-code.js";
import { ExportClaims } from "../export-claims.js";
import { namesInFolder } from "../export-folder-listing.js";
import { ExportLedger } from "../export-ledger.js";
import { forEachInOrder } from "../for-each-in-order.js";
import { type ExportTally, formatExportTally } from "../format-export-tally.js";
import { indexOptions } from "../index-options.js";
import type { Io } from "../io.js";
import {
  type ExportSettings,
  exportSettingsKey,
  type PreparedExport,
  prepareExport,
} from "../prepare-export.js";

import { removeStrayTempFiles } from "../temp-files.js";
import { VERSION } from "../version.js";
import { writeIfChanged } from "../write-if-changed.js";

/** A prepared article with Markdown to write. */
type WrittenExport = Extract<PreparedExport, { ok: true }> & { markdown: string };

/** Options of `broadsheet export`. */
export interface ExportOptions {
  profile?: string;
  out?: string;
  stdout?: boolean;
  force?: boolean;
  attribution?: string | true;
  domain?: string;
}

/**
 * Articles converted or written at once. Enough that the writes (and the disk flushes of files
 * replaced) of several files overlap while the next ones are converted; few enough that memory
 * stays a handful of articles whatever the batch.
 */
const IN_FLIGHT = 8;

/**
 * Whether a new output file is flushed to disk before it is linked into place. It is not: the
 * flush cost more than everything else an article takes (a journal commit per file), and a new
 * file is derived output that a power cut can at worst leave empty, which the next export then
 * reports as in the way (`--force` writes it again). A file replaced is always flushed first.
 */
const SYNC_NEW_FILES = false;

const STOP_SIGNALS = { SIGINT: ExitCode.interrupted, SIGTERM: ExitCode.terminated } as const;

function parseProfile(name: string | undefined): ProfileName {
  const profile = name ?? "broadsheet";
  if (!(PROFILE_NAMES as readonly string[]).includes(profile)) {
    throw new CliError(
      `unknown profile ${JSON.stringify(profile)}; choose one of ${PROFILE_NAMES.join(", ")}`,
      ExitCode.usage,
    );
  }
  return profile as ProfileName;
}

/** The publication's name follows the article schema's rules for a headline: one line of text, no controls. */
const PUBLICATION_NAME = Article.shape.headline;

function parseAttribution(value: string | true | undefined): string | true | undefined {
  if (typeof value !== "string") return value;
  const name = value.trim();
  const checked = PUBLICATION_NAME.safeParse(name);
  if (!checked.success || /[\r\n]/.test(value)) {
    const why = checked.success ? "must be on one line" : checked.error.issues[0]?.message;
    throw new CliError(
      `--attribution ${JSON.stringify(value)}: the publication's name ${why}; give the name on one line, or nothing to name the article URL's host`,
      ExitCode.usage,
    );
  }
  return name;
}

const HOST_NAME =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i;

function parseDomain(value: string | undefined, profile: ProfileName): string | undefined {
  if (value === undefined) return undefined;
  if (profile !== "hashnode") {
    throw new CliError(
      `--domain is the Hashnode publication's host, for --profile hashnode only (the profile is ${profile})`,
      ExitCode.usage,
    );
  }
  const host = value.trim().toLowerCase();
  if (!HOST_NAME.test(host)) {
    throw new CliError(
      `--domain takes the publication's host name, like name.hashnode.dev or blog.example.com; ${JSON.stringify(value)} is not one`,
      ExitCode.usage,
    );
  }
  return host;
}

/** Until the returned `release`, SIGINT and SIGTERM stop the batch gracefully instead of killing it. */
function catchStopSignals(): { stoppedBy: () => number | undefined; release: () => void } {
  let stoppedBy: number | undefined;
  const handlers = Object.entries(STOP_SIGNALS).map(([signal, code]) => {
    const handler = () => {
      stoppedBy ??= code;
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  return {
    stoppedBy: () => stoppedBy,
    release: () => {
      for (const [signal, handler] of handlers) process.removeListener(signal, handler);
    },
  };
}

/**
 * Exports article files and folders (default: the content folder) as Markdown in a publication
 * profile: one file per article in `out` (default: the current folder), named as the profile
 * names them, or one article on stdout. Articles stream through one at a time (a few in flight),
 * so memory stays flat for an archive of any size. Each file is written atomically; an existing
 * file is replaced only with `force` and only when its text differs. Errors go to stderr in
 * `validate`'s form, and a tally ends the output. Returns 0 when every article was exported, 1
 * when any failed or was skipped, 2 for a usage error (nothing is written then), 130/143 when
 * stopped by a signal (after finishing the files in hand).
 */
export async function runExport(
  paths: readonly string[],
  options: ExportOptions,
  io: Io,
): Promise<number> {
  const profile = parseProfile(options.profile);
  const attribution = parseAttribution(options.attribution);
  const domain = parseDomain(options.domain, profile);
  if (options.stdout && options.out !== undefined) {
    throw new CliError("--stdout and --out cannot be used together; choose one", ExitCode.usage);
  }
  const out = options.stdout ? undefined : (options.out ?? ".");
  if (out !== undefined) {
    await checkOutFolder(out);
    await removeStrayTempFiles(out);
  }
  const targets = paths.length > 0 ? [...paths] : await defaultContentPaths(io, "export");
  letYoungGenerationGrow();
  const content = await indexArticles(targets, indexOptions(io));
  try {
    const settings = { profile, attribution, domain };
    return await exportContent(content, targets, settings, out, options.force === true, io);
  } finally {
    content.close();
  }
}

/** Exports what `content` read, as {@link runExport} describes. */
async function exportContent(
  content: IndexedContent,
  targets: readonly string[],
  settings: ExportSettings,
  out: string | undefined,
  force: boolean,
  io: Io,
): Promise<number> {
  const { files, pathErrors } = content;
  if (exitCodeFor(pathErrors, new Set(targets)) === ExitCode.usage) {
    for (const error of pathErrors) io.errLine(`broadsheet: ${formatContentError(error)}`);
    return ExitCode.usage;
  }
  if (out === undefined && files.length > 1) {
    throw new CliError(
      `--stdout prints one article, and ${files.length} article files were given; use --out DIR to export several`,
      ExitCode.usage,
    );
  }
  const report = (line: string) => io.errLine(`broadsheet: ${line}`);
  if (files.length === 0 && pathErrors.length === 0) {
    const none = "no article files found (.md, .markdown, .txt or .json)";
    if (out === undefined) io.errLine(none);
    else io.outLine(none);
    return ExitCode.ok;
  }

  const tally: ExportTally = { written: 0, unchanged: 0, skipped: 0, failed: pathErrors.length };
  for (const error of pathErrors) report(formatContentError(error));
  const progress = createProgress(io, files.length, "exporting");
  const log = (line: string) => progress.log(`broadsheet: ${line}`);
  const claims = new ExportClaims();
  const present = out === undefined ? undefined : await namesInFolder(out);
  const ledger =
    out === undefined
      ? undefined
      : new ExportLedger(content, exportSettingsKey(settings), out, present);
  let done = 0;

  const finish = () => {
    done++;
    progress.tick();
  };
  const write = async (prepared: WrittenExport, target: string): Promise<void> => {
    try {
      const absent = present !== undefined && !present.has(prepared.name);
      const result = await writeIfChanged(target, prepared.markdown, {
        force,
        absent,
        syncNew: SYNC_NEW_FILES,
      });
      tally[result.outcome]++;
      if (result.outcome === "skipped") log(describeExisting(target, result.existing));
      else ledger?.wrote(prepared, target);
    } catch (error) {
      log(describeWriteError(target, error));
      tally.failed++;
    } finally {
      finish();
    }
  };
  /** Settles one article in order; only a file to write leaves something to wait for. */
  const commit = (prepared: PreparedExport): Promise<void> | undefined => {
    let writing: Promise<void> | undefined;
    try {
      if (!prepared.ok) {
        for (const error of prepared.errors) log(formatContentError(error));
        tally.failed++;
        return undefined;
      }
      for (const warning of prepared.warnings) {
        log(`${prepared.file}: ${warning.path}: warning: ${warning.message}`);
      }
      const target = out === undefined ? undefined : join(out, prepared.name);
      const clash = claims.claim(
        { file: prepared.file, slug: prepared.slug, id: prepared.id, name: prepared.name },
        target,
      );
      if (clash) {
        log(formatContentError(clash));
        tally.failed++;
        return undefined;
      }
      const { markdown } = prepared;
      if (markdown === undefined) {
        tally.unchanged++;
        return undefined;
      }
      if (target === undefined) {
        io.data(markdown);
        tally.written++;
        return undefined;
      }
      writing = write({ ...prepared, markdown }, target);
      return writing;
    } finally {
      if (!writing) finish();
    }
  };

  const signals = catchStopSignals();
  try {
    await forEachInOrder(
      files,
      IN_FLIGHT,
      (file) => prepareExport(content, file, settings, ledger),
      commit,
      () => signals.stoppedBy() !== undefined,
    );
  } finally {
    signals.release();
    progress.stop();
    ledger?.flush();
  }
  const stoppedBy = signals.stoppedBy();
  if (out !== undefined) {
    const rest = files.length - done;
    const stopped = stoppedBy === undefined ? "" : `; stopped, ${rest} not exported`;
    io.outLine(`${formatExportTally(tally)}${stopped}`);
  }
  if (stoppedBy !== undefined) return stoppedBy;
  return tally.failed + tally.skipped > 0 ? ExitCode.invalid : ExitCode.ok;
}

/** Adds `broadsheet export [PATH...] [-p NAME] [-o DIR | --stdout] [-f] [-a [NAME]]`. */
export function registerExport(program: Command, context: Context): void {
  program
    .command("export")
    .description(
      "write articles as Markdown for another publication (default: ./content or $BROADSHEET_CONTENT)",
    )
    .argument("[path...]", "article files (.md, .markdown, .txt, .json) and folders of them")
    .addOption(
      new Option("-p, --profile <name>", "the publication profile to write")
        .choices(PROFILE_NAMES)
        .default("broadsheet"),
    )
    .option(
      "-o, --out <dir>",
      "folder to write into, one file per article named as the profile names it (default: the current folder)",
    )
    .addOption(
      new Option(
        "--stdout",
        "print the Markdown of one article instead of writing a file",
      ).conflicts("out"),
    )
    .option(
      "-a, --attribution [name]",
      'end each article with "Originally published in NAME", linked to its canonical URL (NAME left out: the URL\'s host)',
    )
    .option(
      "--domain <host>",
      "the Hashnode publication's host (name.hashnode.dev), written as its `domain` field (hashnode profile only)",
    )
    .option(
      "-f, --force",
      "replace what is at an output path when it differs: a file, a symbolic link (the link itself, never what it points to); never a folder",
    )
    .version(VERSION, "-V, --version", "print the version")
    .action(async (paths: string[], options: ExportOptions) => {
      context.exitCode = await runExport(paths, options, context.io);
    });
}
