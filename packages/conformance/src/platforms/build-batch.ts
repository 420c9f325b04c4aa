import type { ExportedFile, RenderedPage } from "./platform.js";

type Build = (files: readonly ExportedFile[]) => Promise<Map<string, RenderedPage>>;

function failed(files: readonly ExportedFile[], error: unknown): Map<string, RenderedPage> {
  return new Map(files.map((file) => [file.name, { html: "", error: String(error) }]));
}

async function buildSplitting(
  files: readonly ExportedFile[],
  build: Build,
): Promise<Map<string, RenderedPage>> {
  try {
    return await build(files);
  } catch (error) {
    if (files.length <= 1) return failed(files, error);
    const named = files.filter((file) => String(error).includes(file.name));
    if (named.length > 0 && named.length < files.length) {
      const rest = files.filter((file) => !named.includes(file));
      const pages = await buildSplitting(rest, build);
      for (const [name, page] of failed(named, error)) pages.set(name, page);
      return pages;
    }
    const half = Math.ceil(files.length / 2);
    const pages = await buildSplitting(files.slice(0, half), build);
    for (const [name, page] of await buildSplitting(files.slice(half), build))
      pages.set(name, page);
    return pages;
  }
}

/**
 * Builds all files at once. One bad file stops a whole site's build, so when the build fails
 * the files its error names are set aside with that error and the rest built again; when it
 * names none, the files are built in halves until the failing ones are alone. A file the build
 * made no page for gets an error too.
 */
export async function buildBatch(
  files: readonly ExportedFile[],
  build: Build,
): Promise<Map<string, RenderedPage>> {
  const pages = await buildSplitting(files, build);
  for (const file of files) {
    if (!pages.has(file.name)) pages.set(file.name, { html: "", error: "the build made no page" });
  }
  return pages;
}
