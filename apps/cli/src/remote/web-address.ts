/**
 * Whether a `read` argument is a web address (http:// or https://, any case) rather than a file
 * or a slug. Nothing is imported here, so that `read` can ask before loading the web code.
 */
export function isWebAddress(target: string): boolean {
  return /^https?:\/\//i.test(target);
}
