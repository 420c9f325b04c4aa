import { urlEncoding } from "./url-encoding.js";

/**
 * Link and image URLs with `{` percent-encoded where it starts `{{` or `{%`, for dev.to, whose
 * Liquid pass runs over the HTML, attributes included. Browsers treat `%7B` and `{` alike.
 * Content whose links hold no `{` is left as it is, block included (the renderer normalizes it;
 * encode-liquid-urls.test.ts checks the output is the same).
 */
export const encodeLiquidUrls = urlEncoding("{", /\{(?=[{%])/g, "%7B");
