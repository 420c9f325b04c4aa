/**
 * A document that cannot be read as a feed: `message` is one line that says what was found and
 * what to try, fit to show a person as it is.
 */
export class FeedError extends Error {
  override readonly name = "FeedError";
}
