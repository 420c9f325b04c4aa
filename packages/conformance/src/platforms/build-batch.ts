import type { ExportedFile, RenderedPage } from "./platform.js";

/**
 * Builds all files at once; when that build fails (one bad file stops a whole site), builds
 * each file alone so the error is put on the file that caused it. A file the build made no
 * page for gets an error too.
 */
export async function buildBatch(
  files: readonly ExportedFile[],
  build: (files: readonly ExportedFile[]) => Promise<Map<string, RenderedPage>>,
): Promise<Map<string, RenderedPage>> {
  let pages: Map<string, RenderedPage>;
  try {
    pages = await build(files);
  } catch (batchError) {
    if (files.length <= 1) {
      pages = new Map();
      for (const file of files) pages.set(file.name, { html: "", error: String(batchError) });
    } else {
      pages = new Map();
      for (const file of files) {
        const alone = await buildBatch([file], build);
        pages.set(file.name, alone.get(file.name) ?? { html: "", error: "no page" });
      }
    }
  }
  for (const file of files) {
    if (!pages.has(file.name)) pages.set(file.name, { html: "", error: "the build made no page" });
  }
  return pages;
}
