/** What kind of problem a {@link ContentError} is, so callers can choose exit codes or icons. */
export type ContentErrorCode =
  /** The path does not exist. */
  | "not-found"
  /** A folder, pipe or device where a file was expected. */
  | "not-a-file"
  /** A file where a folder was expected. */
  | "not-a-folder"
  /** The file is not a `.md`, `.markdown`, `.txt` or `.json` file. */
  | "unsupported"
  /** A symbolic link whose target lies outside the folder the file is named in. */
  | "outside"
  /** The file or folder exists but cannot be read (permissions, I/O). */
  | "unreadable"
  /** The file is over the size limit, `MAX_ARTICLE_BYTES`. */
  | "too-large"
  /** The file holds NUL bytes: an image, a PDF, UTF-16 text. */
  | "binary"
  /** The file is not valid UTF-8. */
  | "encoding"
  /** The JSON does not parse. */
  | "syntax"
  /** The document parses but is not a valid article. */
  | "invalid"
  /** Another file already uses the article's slug or id. */
  | "duplicate"
  /** A bug in Broadsheet, reported as a value so other files still load. */
  | "internal";

/** One reason a file did not become an article: where, and what to do about it. */
export interface ContentError {
  /** The file (or folder) as it was named to the loader, e.g. `content/kursk.md`. */
  file: string;
  /** 1-based line in the file, when the problem has one. */
  line?: number;
  /** 1-based column on that line, when known. */
  column?: number;
  /** Where in the article, like `body[3].content[0].href`. */
  path?: string;
  /** What is wrong and how to fix it. */
  message: string;
  code: ContentErrorCode;
}
