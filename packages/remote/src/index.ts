export { cacheFileOf } from "./cache/http-cache.js";
export { DEFAULT_ACCEPT, FETCH_DEFAULTS, type FetchOptions } from "./fetch/fetch-options.js";
export { type FetchedResource, fetchResource } from "./fetch/fetch-resource.js";
export { HostQueue } from "./fetch/host-queue.js";
export { USER_AGENT, userAgentOf } from "./fetch/user-agent.js";
export { parseWebUrl } from "./fetch/web-url.js";
export {
  broadsheetDir,
  defaultCacheDir,
  defaultFollowFile,
  defaultReadFile,
} from "./files/paths.js";
export { cleanTitle } from "./follow/clean-title.js";
export {
  type FollowListOptions,
  follow,
  followAll,
  listFollowed,
  unfollow,
} from "./follow/follow-list.js";
export type { FollowedSource, SourceToFollow } from "./follow/followed-source.js";
export { importOpml } from "./follow/import-opml.js";
export { MAX_OPML_FEEDS, type OpmlFeeds, readOpml } from "./follow/read-opml.js";
export { type WriteOpmlOptions, writeOpml } from "./follow/write-opml.js";
export { ReadRecord, type ReadRecordOptions } from "./read-state/read-record.js";
export { RemoteError, type RemoteErrorKind } from "./remote-error.js";
