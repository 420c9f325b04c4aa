import type { ExistingTarget } from "./inspect-target.js";

/**
 * Why `file` was left alone, saying what is really there and what will work: `--force` replaces
 * a file with other text, a symbolic link (the link itself, never what it points to) or a FIFO.
 */
export function describeExisting(
  file: string,
  existing: Exclude<ExistingTarget, { kind: "absent" | "same" | "folder" }>,
): string {
  switch (existing.kind) {
    case "file":
      return `${file}: already exists with other text; pass --force to replace it, or choose another --out`;
    case "link":
      return `${file}: is a symbolic link to ${existing.to}${existing.missing ? " (missing)" : ""}; pass --force to replace the link itself (what it points to is left alone), or choose another --out`;
    case "special":
      return `${file}: is a ${existing.what}, not a regular file; pass --force to replace it, or choose another --out`;
  }
}

/** What went wrong writing `file`, and what to do, for a file system error from a write. */
export function describeWriteError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "EEXIST":
      return `${file}: already exists; pass --force to replace it, or choose another --out`;
    case "EISDIR":
      return `${file}: is a folder; remove it or choose another --out`;
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return `${file}: cannot be written: permission denied; choose another --out or check the folder's permissions`;
    case "ENOSPC":
    case "EDQUOT":
      return `${file}: cannot be written: the disk is full; free some space and retry`;
    case "ENOENT":
    case "ENOTDIR":
      return `${file}: cannot be written: its folder does not exist; create it or choose another --out`;
    default:
      return `${file}: cannot be written (${code ?? (error instanceof Error ? error.message : String(error))}); check the folder and retry`;
  }
}
