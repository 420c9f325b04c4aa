import { randomBytes } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { homedir } from "node:os";
import { dirname, isAbsolute, join } from "node:path";
import type { ReadingAnchor } from "../layout/layout-types.js";
import { readSmallFile } from "./read-small-file.js";

type Env = Readonly<Record<string, string | undefined>>;

/** Positions kept: the most recently read articles, so the file stays small. */
const MAX_POSITIONS = 500;
/**
 * The largest positions file read (500 positions take about 60 KB); anything larger was not
 * written by the reader and is left alone.
 */
export const MAX_POSITIONS_FILE_BYTES = 1024 * 1024;

interface StoredPosition extends ReadingAnchor {
  savedAt: string;
}

interface PositionsFile {
  version: 1;
  positions: Record<string, StoredPosition>;
}

/**
 * Where reading positions live: `$XDG_STATE_HOME/broadsheet/positions.json`, with the XDG
 * default `~/.local/state` when the variable is unset or not an absolute path (as the spec says).
 */
export function positionsFile(env: Env): string {
  const state = env.XDG_STATE_HOME;
  const base = state && isAbsolute(state) ? state : join(env.HOME || homedir(), ".local", "state");
  return join(base, "broadsheet", "positions.json");
}

function isAnchor(value: unknown): value is ReadingAnchor & { savedAt?: unknown } {
  if (typeof value !== "object" || value === null) return false;
  const { block, fraction } = value as Record<string, unknown>;
  return (
    Number.isInteger(block) &&
    (block as number) >= -2 &&
    typeof fraction === "number" &&
    fraction >= 0 &&
    fraction <= 1
  );
}

/** The positions in a file, and whether the file may be replaced when saving. */
interface ReadPositions {
  positions: Map<string, StoredPosition>;
  /** Why the file was not used and what follows, as a phrase to follow its name. */
  problem?: string;
  /** False for a file that is not the reader's to replace (not a regular file, too large). */
  writable: boolean;
}

function parsePositions(text: string): Map<string, StoredPosition> | undefined {
  const out = new Map<string, StoredPosition>();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const positions = (parsed as Partial<PositionsFile> | null)?.positions;
  if (typeof positions !== "object" || positions === null) return undefined;
  for (const [id, position] of Object.entries(positions)) {
    if (!isAnchor(position)) continue;
    const savedAt = typeof position.savedAt === "string" ? position.savedAt : "";
    out.set(id, { block: position.block, fraction: position.fraction, savedAt });
  }
  return out;
}

function readPositions(file: string): ReadPositions {
  const read = readSmallFile(file, MAX_POSITIONS_FILE_BYTES);
  if (read.kind === "missing") return { positions: new Map(), writable: true };
  if (read.kind === "refused") {
    const problem = `${read.reason}; reading positions are neither restored nor saved while it is there`;
    return { positions: new Map(), problem, writable: false };
  }
  const positions = parsePositions(read.text);
  if (positions) return { positions, writable: true };
  return {
    positions: new Map(),
    problem: "is not a positions file (damaged JSON); it will be replaced when a position is saved",
    writable: true,
  };
}

/** The file to replace when saving: the target of a symbolic link, so the link stays. */
function fileToReplace(file: string): string {
  try {
    return lstatSync(file).isSymbolicLink() ? realpathSync(file) : file;
  } catch {
    return file;
  }
}

function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temp = join(
    dirname(file),
    `.positions.${process.pid}.${randomBytes(6).toString("hex")}.tmp`,
  );
  try {
    const fd = openSync(temp, "wx", 0o600);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * The reading position of each article, by article id. Synchronous on purpose: positions are
 * saved on the way out, from signal and exit handlers where nothing asynchronous finishes.
 *
 * The file is read once, when the store is made (before the reader takes over the terminal), and
 * again before each save, to keep what other readers saved meanwhile; it is read only if it is a
 * regular file of at most {@link MAX_POSITIONS_FILE_BYTES}, opened without blocking, so a FIFO, a
 * device or a huge file never stalls the reader. {@link ResumeStore.problem} says why a file was
 * not used. Such a file is never written to or replaced; a damaged one is replaced on saving.
 * Saving writes a temporary file beside the file (beside its target, for a symbolic link) and
 * renames it into place, so the file is never half written. Errors while saving are swallowed
 * (losing a position must never stop the reader or hide its real exit status).
 */
export class ResumeStore {
  readonly file: string;
  /** Why the positions file was not used (a phrase to follow its name), if it was not. */
  readonly problem: string | undefined;
  private positions: Map<string, StoredPosition>;
  private writable: boolean;

  constructor(env: Env) {
    this.file = positionsFile(env);
    const read = readPositions(this.file);
    this.positions = read.positions;
    this.problem = read.problem;
    this.writable = read.writable;
  }

  /** The saved position of an article, if any (as read when the store was made or last saved). */
  load(id: string): ReadingAnchor | undefined {
    const position = this.positions.get(id);
    return position ? { block: position.block, fraction: position.fraction } : undefined;
  }

  /** Saves an article's position; the top of the article forgets it instead. Returns success. */
  save(id: string, anchor: ReadingAnchor | undefined): boolean {
    if (!this.writable) return false;
    try {
      const read = readPositions(this.file);
      if (!read.writable) {
        this.writable = false;
        return false;
      }
      const positions = read.positions;
      positions.delete(id);
      if (anchor && !(anchor.block < 0 && anchor.fraction === 0)) {
        const savedAt = new Date().toISOString();
        positions.set(id, { block: anchor.block, fraction: anchor.fraction, savedAt });
      }
      const kept = [...positions]
        .sort(([, a], [, b]) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0))
        .slice(0, MAX_POSITIONS);
      this.positions = new Map(kept);
      // JSON.stringify writes a "__proto__" key of a null-prototype object as an ordinary key.
      const positionsObject: Record<string, StoredPosition> = Object.create(null);
      for (const [key, value] of kept) positionsObject[key] = value;
      const file: PositionsFile = { version: 1, positions: positionsObject };
      writeAtomically(fileToReplace(this.file), `${JSON.stringify(file, null, 2)}\n`);
      return true;
    } catch {
      return false;
    }
  }
}
