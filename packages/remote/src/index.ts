export { cacheFileOf } from "./cache/http-cache.js";
export { DEFAULT_ACCEPT, FETCH_DEFAULTS, type FetchOptions } from "./fetch/fetch-options.js";
export { type FetchedResource, fetchResource } from "./fetch/fetch-resource.js";
export { HostQueue } from "./fetch/host-queue.js";
export { USER_AGENT } from "./fetch/user-agent.js";
export { parseWebUrl } from "./fetch/web-url.js";
export {
  broadsheetDir,
  defaultCacheDir,
  defaultFollowFile,
  defaultReadFile,
} from "./files/paths.js";
export { RemoteError, type RemoteErrorKind } from "./remote-error.js";
