import { decodeDocument } from "@broadsheet/feeds";
import { type FetchedResource, type FetchOptions, fetchResource } from "@broadsheet/remote";

/** A fetched (or cached) document decoded to text. */
export interface FetchedText extends FetchedResource {
  text: string;
}

/**
 * Fetches an address with `fetchResource` (safe, polite, cached, offline when asked) and decodes
 * its bytes by the Content-Type's charset, a byte order mark or the document's declaration.
 *
 * @throws RemoteError whose message is one line: host, what went wrong, what to try
 */
export async function fetchText(url: string, options: FetchOptions): Promise<FetchedText> {
  const resource = await fetchResource(url, options);
  const { text } = decodeDocument(resource.bytes, resource.contentType);
  return { ...resource, text };
}
