import { urlEncoding } from "./url-encoding.js";

/**
 * Link and image URLs with every `$` that a `$` follows percent-encoded (`$$` → `%24$`), for
 * Hashnode, which reads `$$` as the start of display math and documents no escape for it.
 * Servers read `%24` and `$` alike in a path or query.
 */
export const encodeMathUrls = urlEncoding("$$", /\$(?=\$)/g, "%24");
