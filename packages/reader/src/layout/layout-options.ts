/** How to lay out an article. */
export interface LayoutOptions {
  /** The reading column's width in terminal columns (at least 2 is used). */
  width: number;
  /** True to give links their destination for OSC 8; false for numbered references instead. */
  hyperlinks: boolean;
  /** Reading time to show in minutes; computed from the article when absent. */
  readingMinutes?: number;
}
