import type { ContentError } from "./content-error.js";

/**
 * Turns a failed `stat`, `open`, `readdir` or `readFile` into a {@link ContentError}: what went
 * wrong with the file and what to do, never the raw system message.
 */
export function describeFsError(file: string, error: unknown): ContentError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return { file, code: "not-found", message: "no such file or folder; check the path" };
    case "ENAMETOOLONG":
      return { file, code: "not-found", message: "the path is too long; check it" };
    case "EACCES":
    case "EPERM":
      return {
        file,
        code: "unreadable",
        message: "cannot be read: permission denied; check its permissions (chmod a+r)",
      };
    case "EISDIR":
      return {
        file,
        code: "not-a-file",
        message: "is a folder, not a file; name a file inside it",
      };
    case "ELOOP":
      return {
        file,
        code: "unreadable",
        message: "cannot be read: too many symbolic links (a link loop?); check where it points",
      };
    case "EMFILE":
    case "ENFILE":
      return {
        file,
        code: "unreadable",
        message: "cannot be opened: too many open files; raise the limit (ulimit -n) and retry",
      };
    default: {
      const detail = code ?? (error instanceof Error ? error.message : String(error));
      return {
        file,
        code: "unreadable",
        message: `cannot be read (${detail}); check the file and retry`,
      };
    }
  }
}
