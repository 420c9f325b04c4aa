import { randomBytes } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { homedir } from "node:os";
import { dirname, isAbsolute, join } from "node:path";
import type { ReadingAnchor } from "../layout-types.js";

type Env = Readonly<Record<string, string | undefined>>;

/** Positions kept: the most recently read articles, so the file stays small. */
const MAX_POSITIONS = 500;

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

function readPositions(file: string): Map<string, StoredPosition> {
  const out = new Map<string, StoredPosition>();
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return out;
  }
  const positions = (parsed as Partial<PositionsFile> | null)?.positions;
  if (typeof positions !== "object" || positions === null) return out;
  for (const [id, position] of Object.entries(positions)) {
    if (!isAnchor(position)) continue;
    const savedAt = typeof position.savedAt === "string" ? position.savedAt : "";
    out.set(id, { block: position.block, fraction: position.fraction, savedAt });
  }
  return out;
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
 * A missing or damaged file reads as empty; saving writes a temporary file beside it and renames
 * it into place, so the file is never half written. Errors while saving are swallowed (losing a
 * position must never stop the reader or hide its real exit status).
 */
export class ResumeStore {
  readonly file: string;

  constructor(env: Env) {
    this.file = positionsFile(env);
  }

  /** The saved position of an article, if any. */
  load(id: string): ReadingAnchor | undefined {
    const position = readPositions(this.file).get(id);
    return position ? { block: position.block, fraction: position.fraction } : undefined;
  }

  /** Saves an article's position; the top of the article forgets it instead. Returns success. */
  save(id: string, anchor: ReadingAnchor | undefined): boolean {
    try {
      const positions = readPositions(this.file);
      positions.delete(id);
      if (anchor && !(anchor.block < 0 && anchor.fraction === 0)) {
        const savedAt = new Date().toISOString();
        positions.set(id, { block: anchor.block, fraction: anchor.fraction, savedAt });
      }
      const kept = [...positions]
        .sort(([, a], [, b]) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0))
        .slice(0, MAX_POSITIONS);
      // JSON.stringify writes a "__proto__" key of a null-prototype object as an ordinary key.
      const positionsObject: Record<string, StoredPosition> = Object.create(null);
      for (const [key, value] of kept) positionsObject[key] = value;
      const file: PositionsFile = { version: 1, positions: positionsObject };
      writeAtomically(this.file, `${JSON.stringify(file, null, 2)}\n`);
      return true;
    } catch {
      return false;
    }
  }
}
