/** What went wrong writing `file`, and what to do, for a file system error from a write. */
export function describeWriteError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "EEXIST":
      return `${file}: already exists; pass --force to replace it, or --out to write elsewhere`;
    case "EISDIR":
      return `${file}: is a folder; move it away or choose another --out`;
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
