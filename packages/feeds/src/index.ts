export {
  type DecodedDocument,
  type DecodeOptions,
  decodeDocument,
  type EncodingSource,
} from "./decode/decode-document.js";
export {
  type AlternateKind,
  type DiscoveredFeed,
  discoverFeeds,
} from "./discover/discover-feeds.js";
export { FeedError } from "./feed-error.js";
export type { Feed, FeedFormat, FeedItem } from "./feed-types.js";
export { DEFAULT_LIMITS, type FeedLimits } from "./limits.js";
export { type ParseFeedOptions, parseFeed } from "./parse/parse-feed.js";
export { htmlToText } from "./text/html-to-text.js";
export { parseFeedDate } from "./text/parse-date.js";
export { parseXml, type XmlDocument } from "./xml/parse-xml.js";
export {
  attribute,
  childElements,
  type XmlAttribute,
  type XmlElement,
  type XmlNode,
} from "./xml/xml-node.js";
