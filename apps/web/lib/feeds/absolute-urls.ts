import { escapeMarkup } from "./escape-markup";

const URL_ATTRIBUTE = /(\s(?:href|src)=")([^"]*)"/g;
const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const ENTITY = /&(?:amp|lt|gt|quot|#39|#x27);/g;
const CHARACTERS: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&#x27;": "'",
};

/**
 * HTML whose `href` and `src` attributes are absolute: a value without a scheme (`#id`,
 * `/path`, `other`) is resolved against `base`, and absolute values (`https:`, `mailto:`) stay
 * as they are. For feed readers, which resolve a relative URL against the feed or not at all.
 * The HTML is React's: attribute values are double-quoted, and a `"` in text or a value is
 * always escaped, so only attributes match.
 */
export function absoluteUrls(html: string, base: string): string {
  return html.replace(URL_ATTRIBUTE, (attribute, start: string, value: string) => {
    const url = value.replace(ENTITY, (entity) => CHARACTERS[entity] ?? entity);
    if (SCHEME.test(url)) return attribute;
    return `${start}${escapeMarkup(new URL(url, base).href)}"`;
  });
}
