/** One way a page differs from the article. */
export interface Difference {
  profile: string;
  platform: string;
  /** The exported file's name. */
  article: string;
  /** The index of the body block in the profile's blocks (-1: the head, the front matter or the whole page). */
  block: number;
  /** What differs: `text`, `place`, `links`, `images`, `marks`, `missing block`, `extra block`, `front: title`, `error`. */
  what: string;
  expected: string;
  got: string;
  /** The exported file's line the block was written on (`12: text`), when it can be found. */
  source?: string;
  /** The warning the export gave for this block (`exportWarnings`), when it gave one. */
  warning?: string;
}
