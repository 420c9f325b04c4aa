import { writeFileAtomic } from "../files/atomic-write.js";
import { defaultReadFile } from "../files/paths.js";
import { readJsonFile } from "../files/read-json-file.js";

/** Where the read record is kept. */
export interface ReadRecordOptions {
  /** The file (default `$XDG_STATE_HOME/broadsheet/read.json`). */
  file?: string;
  /** The most items remembered; the ones read longest ago are forgotten first (default 50,000). */
  maxItems?: number;
}

const WHAT = "the record of items read";

function checkRecord(value: unknown): Map<string, string> | string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return 'it is not an object with "version" and "read"';
  }
  const record = value as Record<string, unknown>;
  if (record.version !== 1) return `its "version" is ${JSON.stringify(record.version)}, not 1`;
  const read = record.read;
  if (!Array.isArray(read)) return 'its "read" is not a list of [item id, date] pairs';
  const entries = new Map<string, string>();
  for (const [index, pair] of read.entries()) {
    if (!Array.isArray(pair) || typeof pair[0] !== "string" || typeof pair[1] !== "string") {
      return `entry ${index + 1} of "read" is not an [item id, date] pair`;
    }
    entries.set(pair[0], pair[1]);
  }
  return entries;
}

/**
 * Which feed items have been read, by item id: `has` to mark the unread, `markRead` and
 * `markUnread` as the person reads, `save` to keep it (one atomic write).
 */
export class ReadRecord {
  private constructor(
    private readonly file: string,
    private readonly maxItems: number,
    private readonly readAt: Map<string, string>,
  ) {}

  /**
   * The record kept in `file`, empty when there is none yet.
   *
   * @throws RemoteError (`damaged-file`) naming the file when it is not a read record
   */
  static async open(options: ReadRecordOptions = {}): Promise<ReadRecord> {
    const file = options.file ?? defaultReadFile();
    const readAt = (await readJsonFile(file, WHAT, checkRecord)) ?? new Map<string, string>();
    return new ReadRecord(file, options.maxItems ?? 50_000, readAt);
  }

  /** Whether the item was read. */
  has(id: string): boolean {
    return this.readAt.has(id);
  }

  /** How many items are recorded as read. */
  get size(): number {
    return this.readAt.size;
  }

  /** Records items as read now (an item read again moves to the newest). */
  markRead(ids: Iterable<string>, at = new Date()): void {
    const time = at.toISOString();
    for (const id of ids) {
      this.readAt.delete(id);
      this.readAt.set(id, time);
    }
    for (const oldest of this.readAt.keys()) {
      if (this.readAt.size <= this.maxItems) break;
      this.readAt.delete(oldest);
    }
  }

  /** Records items as unread again. */
  markUnread(ids: Iterable<string>): void {
    for (const id of ids) this.readAt.delete(id);
  }

  /** Writes the record, whole or not at all. */
  async save(): Promise<void> {
    const record = { version: 1, read: [...this.readAt] };
    await writeFileAtomic(this.file, `${JSON.stringify(record)}\n`);
  }
}
