import { lstatSync, type Stats } from "node:fs";
import { join, resolve } from "node:path";
import type { ContentIndex, ExportRecord, IndexedContent } from "@broadsheet/content";
import type { ExportWarning } from "@broadsheet/markdown";

/** What an export writes, to record: the source file, its text's hash, the output's name, the warnings. */
export interface ExportWrite {
  file: string;
  hash: string | undefined;
  name: string;
  warnings: readonly ExportWarning[];
}

/** An output the last export wrote, unchanged since: its file name and the warnings it printed. */
export interface KnownOutput {
  name: string;
  warnings: ExportWarning[];
}

type OutputKey = Pick<ExportRecord, "size" | "mtimeMs" | "ctimeMs" | "ino">;

const BATCH = 256;

/**
 * The output file's size, times and inode (the link itself, never followed), or undefined when
 * it is not a regular file. Numbers, not nanoseconds in big integers: as exact for seeing a
 * change, and the second export of an archive takes one of these per article.
 */
function outputKey(path: string): OutputKey | undefined {
  let info: Stats | undefined;
  try {
    info = lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  if (!info?.isFile()) return undefined;
  return { size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino };
}

function sameKey(a: OutputKey, b: OutputKey): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

/**
 * What exports with one set of settings wrote into one output folder, as each content folder's
 * index records it. The records of a folder are read in one query when its first article is
 * looked up; what this export writes is recorded back a batch at a time, so the next export of
 * the unchanged archive renders and writes nothing. The settings and the folder, resolved, are
 * the key: the same folder named another way (`out`, `./out`, its full path) finds the records.
 */
export class ExportLedger {
  readonly #content: IndexedContent;
  readonly #out: string;
  readonly #settings: string;
  readonly #present: ReadonlySet<string> | undefined;
  readonly #recorded = new Map<ContentIndex, Map<string, ExportRecord>>();
  readonly #pending = new Map<ContentIndex, (ExportRecord & { name: string })[]>();
  #count = 0;

  /**
   * `settings` names the profile and its options (a string that differs when they do); `out` is
   * the output folder, and `present` the names in it as the export starts, when it was listed
   * (an output missing from them is not looked for).
   */
  constructor(
    content: IndexedContent,
    settings: string,
    out: string,
    present?: ReadonlySet<string>,
  ) {
    this.#content = content;
    this.#out = resolve(out);
    this.#settings = JSON.stringify([settings, this.#out]);
    this.#present = present;
  }

  /**
   * The output the last export with these settings wrote for `file`, when that export read the
   * same source text (`hash`) and the output file is as it left it: same size, mtime, ctime and
   * inode, so neither edited, replaced nor deleted since. Undefined otherwise, or when the file
   * was not read through an index.
   */
  known(file: string, hash: string): KnownOutput | undefined {
    const index = this.#content.indexOf(file);
    if (!index) return undefined;
    let records = this.#recorded.get(index);
    if (!records) {
      records = index.exportRecords(this.#settings);
      this.#recorded.set(index, records);
    }
    const name = this.#content.entry(file)?.name;
    const record = name === undefined ? undefined : records.get(name);
    if (!record || record.hash !== hash) return undefined;
    records.delete(name as string);
    if (this.#present && !this.#present.has(record.output)) return undefined;
    const now = outputKey(join(this.#out, record.output));
    if (!now || !sameKey(now, record)) return undefined;
    return { name: record.output, warnings: JSON.parse(record.warnings) as ExportWarning[] };
  }

  /** Notes that `target` now holds what `written` describes, to record with the next batch. */
  wrote(written: ExportWrite, target: string): void {
    const index = this.#content.indexOf(written.file);
    if (!index || written.hash === undefined) return;
    const key = outputKey(target);
    if (!key) return;
    const records = this.#pending.get(index) ?? [];
    records.push({
      name: written.file,
      hash: written.hash,
      output: written.name,
      ...key,
      warnings: JSON.stringify(written.warnings),
    });
    this.#pending.set(index, records);
    if (++this.#count >= BATCH) this.flush();
  }

  /** Writes the records noted so far. An index that cannot take them is left as it was. */
  flush(): void {
    for (const [index, records] of this.#pending) {
      try {
        index.saveExportRecords(this.#settings, records);
      } catch {
        // The records only save work next time; the files are written either way.
      }
    }
    this.#pending.clear();
    this.#count = 0;
  }
}
