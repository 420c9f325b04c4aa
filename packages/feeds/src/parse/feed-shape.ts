import type { FeedFormat } from "../feed-types.js";
import type { ItemDraft } from "./item-draft.js";

/** What a format reader found of a feed: its head, and its items still to be read one by one. */
export interface FeedShape<Entry = unknown> {
  format: FeedFormat;
  title: string | undefined;
  homePage: string | undefined;
  entries: Entry[];
  /** Reads one entry; may throw, which costs that item alone. */
  readItem: (entry: Entry) => ItemDraft;
}
