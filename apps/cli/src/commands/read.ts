import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { Article } from "@broadsheet/article";
import {
  type ContentError,
  ContentIndex,
  countUnlisted,
  eachListed,
  formatContentError,
  formatOfFile,
  type IndexedContent,
  indexArticles,
  indexHoldsFolder,
  listArticleFiles,
  loadArticleFile,
} from "@broadsheet/content";
import {
  type ReaderOptions,
  type ReaderSource,
  THEME_NAMES,
  type ThemeName,
} from "@broadsheet/reader/options";
import { oneLine, sanitizeForTerminal } from "@broadsheet/reader/sanitize";
import { type Command, InvalidArgumentError, Option } from "commander";
import { CliError } from "../cli-error.js";
import type { Context } from "../context.js";
import { ExitCode, exitCodeFor } from "../exit-code.js";
import { type IndexLibrary, indexLibrary } from "../index-library.js";
import { indexOptions } from "../index-options.js";
import { type Io, processIo } from "../io.js";
import { isWebAddress } from "../remote/web-address.js";
import { resolveContentDir } from "../resolve-content-dir.js";
import { VERSION } from "../version.js";

/** Options of `broadsheet read`. */
export interface ReadOptions {
  width?: number | undefined;
  theme?: ThemeName | undefined;
  /** False with `--no-resume`. */
  resume?: boolean | undefined;
  /** With `--offline`: a web address is read from the cache only. */
  offline?: boolean | undefined;
}

/** The terminal the reader runs in; undefined when stdin or stdout is not a terminal. */
export interface ReaderTerminal {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/** Column width of the plain-text output when stdout is not a terminal and `--width` is not given. */
export const PLAIN_TEXT_WIDTH = 80;
const MIN_WIDTH = 20;
const MAX_WIDTH = 1000;

const EXTENSIONS = [".md", ".markdown", ".txt", ".json"];

function safe(text: string): string {
  return oneLine(sanitizeForTerminal(text));
}

function printErrors(errors: readonly ContentError[], io: Io): void {
  for (const error of errors) io.stderr(`broadsheet: ${safe(formatContentError(error))}\n`);
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

/** Whether the argument names a file rather than a slug: an article extension or a path. */
function looksLikeFile(target: string): boolean {
  return formatOfFile(target) !== undefined || /[\\/]/.test(target) || target.startsWith(".");
}

type Loaded = { ok: true; article: Article } | { ok: false; status: number };

async function loadFile(file: string, io: Io): Promise<Loaded> {
  const result = await loadArticleFile(file);
  if (result.ok) return { ok: true, article: result.article };
  printErrors(result.errors, io);
  return { ok: false, status: exitCodeFor(result.errors, new Set([file])) };
}

async function loadBySlug(slug: string, io: Io): Promise<Loaded> {
  const { dir, fromEnv } = resolveContentDir(io.env);
  const where = fromEnv ? `${dir} (BROADSHEET_CONTENT)` : dir;
  if (!(await isFolder(dir))) {
    throw new CliError(
      `${safe(slug)}: no such file, and no content folder to find it in (${safe(where)}); give a path to an article file, or run broadsheet in the project folder`,
      ExitCode.usage,
    );
  }
  for (const extension of EXTENSIONS) {
    const file = join(dir, `${slug}${extension}`);
    if (await isFile(file)) return loadFile(file, io);
  }
  const content = await indexArticles([dir], indexOptions(io));
  try {
    const found = content.articles.find((entry) => entry.slug === slug);
    if (found) return { ok: true, article: content.article(found.file) };
  } finally {
    content.close();
  }
  throw new CliError(
    `${safe(slug)}: no such file, and no article with that slug in ${safe(where)}; run 'broadsheet read' to choose from the library`,
    ExitCode.usage,
  );
}

/**
 * Starts loading the interactive reader (Ink, React and the views) while the article loads, with
 * `CI` hidden from it for the time it takes: Ink turns live drawing off when it is set (it then
 * writes nothing until it exits). The reader runs only when stdout is a terminal, where that is
 * never wanted.
 */
function importReader() {
  const hidden = ["CI", "CONTINUOUS_INTEGRATION"] as const;
  const saved = hidden.map((name) => [name, process.env[name]] as const);
  for (const name of hidden) delete process.env[name];
  const loading = import("@broadsheet/reader/ink");
  const restore = () => {
    for (const [name, value] of saved) if (value !== undefined) process.env[name] = value;
  };
  loading.then(restore, restore);
  return loading;
}

/**
 * The article laid out as plain text. The layout code is loaded here, not with the command line,
 * so that other commands do not pay for it (it measures text with string-width, whose tables take
 * a while to build).
 */
async function plainText(article: Article, width: number): Promise<string> {
  const { layoutArticle, renderPlainText } = await import("@broadsheet/reader");
  return `${renderPlainText(layoutArticle(article, { width, hyperlinks: false })).join("\n")}\n`;
}

/** Prints the library as a list, one article a line, newest first, from the folder's index. */
function printListing(content: IndexedContent, dir: string, io: Io): void {
  const index = content.folderIndex(dir);
  if (!index) return;
  for (const row of eachListed(index)) {
    const section = row.section ? `  ${row.section}` : "";
    const line = `${row.date || "undated"}  ${row.slug}${section}  ${row.headline}`;
    io.stdout(`${sanitizeForTerminal(line).replace(/\n/g, " ")}\n`);
  }
}

function readerOptions(
  source: ReaderSource,
  options: ReadOptions,
  io: Io,
  terminal: ReaderTerminal,
): ReaderOptions {
  return {
    source,
    width: options.width,
    theme: options.theme ?? "auto",
    resume: options.resume !== false,
    env: io.env,
    ...terminal,
  };
}

/**
 * `broadsheet read [FILE|SLUG]`. With a terminal, opens the interactive reader (the library when
 * no article is named); otherwise prints the article laid out as plain text at `--width`
 * (default 80), or the library as a list, without loading Ink at all. Returns the exit status:
 * 1 when the article is invalid (its errors printed with their locations), 2 when it is not
 * found; 130 when the reader was left with Ctrl-C.
 */
export async function runRead(
  target: string | undefined,
  options: ReadOptions,
  io: Io,
  terminal: ReaderTerminal | undefined,
): Promise<number> {
  if (target !== undefined && isWebAddress(target)) return readWeb(target, options, io, terminal);
  if (target === undefined) {
    const { dir, fromEnv } = resolveContentDir(io.env);
    if (!(await isFolder(dir)) && !fromEnv) return readWeb(undefined, options, io, terminal);
    if (!(await isFolder(dir))) {
      throw new CliError(
        fromEnv
          ? `${safe(dir)}: no such folder (from BROADSHEET_CONTENT); fix the variable, or name an article file to read`
          : `${safe(dir)}: no content folder here; run broadsheet in the project folder, name an article file to read, or set BROADSHEET_CONTENT`,
        ExitCode.usage,
      );
    }
    if (terminal) return readLibrary(dir, options, io, terminal);
    const content = await indexArticles([dir], indexOptions(io));
    try {
      printListing(content, dir, io);
      printErrors(content.errors, io);
      return exitCodeFor(content.errors, new Set());
    } finally {
      content.close();
    }
  }
  const loaded =
    looksLikeFile(target) || (await isFile(target))
      ? await loadFile(target, io)
      : await loadBySlug(target, io);
  if (!loaded.ok) return loaded.status;
  if (!terminal) {
    io.stdout(await plainText(loaded.article, options.width ?? PLAIN_TEXT_WIDTH));
    return ExitCode.ok;
  }
  return readArticle(
    readerOptions({ kind: "article", article: loaded.article }, options, io, terminal),
  );
}

/** The folder's article files, or a usage error naming why they cannot be listed. */
async function articleFiles(dir: string): Promise<string[]> {
  const listed = await listArticleFiles(dir);
  if (!listed.ok) throw new CliError(safe(formatContentError(listed.error)), ExitCode.usage);
  return listed.files;
}

/** The library's notes: the files of the folder it does not list, and what to run about them. */
function libraryNotes(index: ContentIndex, dir: string): string[] {
  const failed = countUnlisted(index);
  return failed > 0
    ? [`${failed} file${failed === 1 ? "" : "s"} could not be read: broadsheet validate ${dir}`]
    : [];
}

/**
 * What the library does behind its first screen, a little at a time between keypresses: the
 * filter's texts read into memory; then, when the list came from the index kept by an earlier
 * run, the folder checked against the index, and read again (the list following) only when
 * it changed. Stops when the reader quits.
 */
async function keepLibraryCurrent(
  dir: string,
  index: ContentIndex,
  library: IndexLibrary,
  kept: boolean,
  stopped: () => boolean,
): Promise<void> {
  await library.prepare();
  if (!kept || stopped()) return;
  if ((await indexHoldsFolder(index, dir, { stopped })) !== false) return;
  const listed = await listArticleFiles(dir);
  if (!listed.ok || stopped()) return;
  await index.refresh(listed.files, true, { yieldEvery: 256, stopped });
  if (!stopped()) library.changed();
}

/**
 * The library in the reader, from the content folder's index. An index kept from an earlier
 * run is shown at once, its first screen drawn before Ink loads, and the folder checked again
 * behind it (see {@link keepLibraryCurrent}). Otherwise the folder is indexed first.
 */
async function readLibrary(
  dir: string,
  options: ReadOptions,
  io: Io,
  terminal: ReaderTerminal,
): Promise<number> {
  const index = await ContentIndex.open(dir, indexOptions(io));
  try {
    const kept = index.isComplete();
    if (!kept) await index.refresh(await articleFiles(dir), true);
    const library = indexLibrary(dir, index);
    const source = {
      kind: "library",
      library,
      source: dir,
      notes: libraryNotes(index, dir),
    } as const;
    const reading = { ...readerOptions(source, options, io, terminal), source };
    const { openLibraryScreen } = await import("@broadsheet/reader/library-screen");
    const opened = openLibraryScreen(reading);
    let done = false;
    let behind: Promise<void> | undefined;
    try {
      const { runReader } = await importReader();
      const running = runReader(reading, opened);
      behind = keepLibraryCurrent(dir, index, library, kept, () => done).catch(() => {});
      return await running;
    } catch (error) {
      opened.screen.release();
      throw error;
    } finally {
      done = true;
      await library.close();
      await behind;
    }
  } finally {
    index.close();
  }
}

/**
 * Reads the web: a site, feed or article page at `url`, or with no address the followed
 * publications' latest items. While they are fetched, a spinner on stderr (a terminal only)
 * says what is fetched, erased before anything else is written. In a terminal the reader shows
 * the article or the library of items; otherwise the article as plain text or the items as a
 * listing, with the notes (where each came from, how long it took) on stderr.
 */
async function readWeb(
  url: string | undefined,
  options: ReadOptions,
  io: Io,
  terminal: ReaderTerminal | undefined,
): Promise<number> {
  const remote = await import("../remote/read-remote.js");
  const progress = (await import("../remote/fetch-progress.js")).fetchProgress(io);
  const context = { io, offline: options.offline, progress };
  let reading: Awaited<ReturnType<typeof remote.readRemote>>;
  try {
    reading =
      url === undefined
        ? {
            kind: "library" as const,
            ...(await (await import("../remote/read-followed.js")).readFollowed(context)),
          }
        : await remote.readRemote(url, context);
  } finally {
    progress.stop();
  }
  if (reading.kind === "article") {
    for (const note of reading.notes.slice(1)) io.errLine(`broadsheet: ${note}`);
    if (!terminal) {
      io.stdout(await plainText(reading.source.article, options.width ?? PLAIN_TEXT_WIDTH));
      return ExitCode.ok;
    }
    return readArticle(readerOptions(reading.source, options, io, terminal));
  }
  if (!terminal) {
    remote.printRemoteListing(reading.library, io);
    for (const note of reading.source.notes) io.errLine(`broadsheet: ${note}`);
    return ExitCode.ok;
  }
  const reader = {
    ...readerOptions(reading.source, options, io, terminal),
    source: reading.source,
  };
  const { openLibraryScreen } = await import("@broadsheet/reader/library-screen");
  return runOverFirstScreen(reader, openLibraryScreen(reader));
}

/**
 * Opens an article in the reader: its first screen is drawn before Ink is loaded (so Ink's
 * start-up is not in the way of the first screen), then the reader runs over it.
 */
async function readArticle(options: ReaderOptions): Promise<number> {
  const { openReaderScreen } = await import("@broadsheet/reader/screen");
  return runOverFirstScreen(options, openReaderScreen(options));
}

/** A first screen drawn before Ink loads, which the reader takes over. */
type FirstScreen = NonNullable<Parameters<typeof import("@broadsheet/reader/ink").runReader>[1]>;

/** Runs the reader over its first screen, giving the terminal back if the reader fails to start. */
async function runOverFirstScreen(options: ReaderOptions, opened: FirstScreen): Promise<number> {
  try {
    const { runReader } = await importReader();
    return await runReader(options, opened);
  } catch (error) {
    opened.screen.release();
    throw error;
  }
}

function parseWidth(value: string): number {
  const width = Number(value);
  if (!/^\d+$/.test(value) || width < MIN_WIDTH || width > MAX_WIDTH) {
    throw new InvalidArgumentError(
      `must be a whole number of columns from ${MIN_WIDTH} to ${MAX_WIDTH}`,
    );
  }
  return width;
}

/** The real terminal, when this process has one on both stdin and stdout. */
function processTerminal(io: Io): ReaderTerminal | undefined {
  if (io !== processIo || !process.stdout.isTTY || !process.stdin.isTTY) return undefined;
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

/** Adds `broadsheet read [FILE|SLUG] [--width N] [--theme auto|light|dark] [--no-resume]`. */
export function registerRead(program: Command, context: Context): void {
  program
    .command("read")
    .description(
      "read an article in the terminal (no argument: choose from the content folder, or the followed publications when there is none)",
    )
    .argument(
      "[article]",
      "an article file (.md, .markdown, .txt, .json), a slug in the content folder, or a web address (a site, a feed or an article page)",
    )
    .option(
      "-w, --width <columns>",
      "reading column width (default 72; 80 when not a terminal)",
      parseWidth,
    )
    .addOption(
      new Option("--theme <theme>", "colours for a light or dark terminal")
        .choices(THEME_NAMES)
        .default("auto"),
    )
    .option("--no-resume", "start at the top instead of where you left off")
    .option("--offline", "read a web address from the cache only (what was read online before)")
    .version(VERSION, "-V, --version", "print the version")
    .addHelpText(
      "after",
      `
Keys: j/k or arrows scroll, Space/b page, d/u half page, g/G top/end, / and ? search
(n/N next/previous), ] and [ next/previous section, t contents, + and - column width,
h or F1 help, q quit. Reading positions are kept in $XDG_STATE_HOME/broadsheet/positions.json.
When stdout is not a terminal the article is printed as plain text (broadsheet read x | less).`,
    )
    .action(async (target: string | undefined, options: ReadOptions) => {
      context.exitCode = await runRead(target, options, context.io, processTerminal(context.io));
    });
}
