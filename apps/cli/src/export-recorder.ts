import { stat } from "node:fs/promises";
import type { ContentIndex, ExportRecord, IndexedContent } from "@broadsheet/content";
import type { PreparedExport } from "./prepare-export.js";

const BATCH = 256;

/**
 * Records in each folder's index what an export wrote (the source's hash, the output file's
 * name, size and mtime, the warnings), a batch at a time, so the next export of the unchanged
 * archive renders nothing.
 */
export class ExportRecorder {
  readonly #content: IndexedContent;
  readonly #settings: string;
  readonly #pending = new Map<ContentIndex, (ExportRecord & { name: string })[]>();
  #count = 0;

  constructor(content: IndexedContent, settings: string) {
    this.#content = content;
    this.#settings = settings;
  }

  /** Notes that `target` now holds the prepared article's Markdown. */
  async wrote(prepared: Extract<PreparedExport, { ok: true }>, target: string): Promise<void> {
    const index = this.#content.indexOf(prepared.file);
    if (!index || prepared.hash === undefined) return;
    const info = await stat(target, { bigint: true }).catch(() => undefined);
    if (!info) return;
    const records = this.#pending.get(index) ?? [];
    records.push({
      name: prepared.file,
      hash: prepared.hash,
      output: prepared.name,
      size: Number(info.size),
      mtimeNs: String(info.mtimeNs),
      warnings: JSON.stringify(prepared.warnings),
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
