import type { LibrarySource } from "./library-source.js";

/**
 * A library that records reading, over another: every entry unread until it is opened, as a
 * source with a read record (the CLI's feed library) answers.
 */
export function withReadMarks(
  library: LibrarySource,
  read: Set<string> = new Set(),
): LibrarySource & { read: Set<string> } {
  return {
    read,
    count: (filter) => library.count(filter),
    page: (filter, offset, limit) =>
      library.page(filter, offset, limit).map((entry) => ({
        ...entry,
        unread: !read.has(entry.key),
      })),
    search: (query, limit) => library.search(query, limit),
    async open(entry) {
      const opened = await library.open(entry);
      if (opened.ok) read.add(entry.key);
      return opened;
    },
    unreadCount: () =>
      library.page("", 0, library.count("")).filter((entry) => !read.has(entry.key)).length,
  };
}
