import { hashnodeFront, splitFrontMatter } from "./front-matter.js";
import type { ExportedFile, Platform, RenderedPage } from "./platform.js";
import { runChecked, whichCommand } from "./run-command.js";

const PARALLEL = 4;

async function renderOne(file: ExportedFile): Promise<RenderedPage> {
  const { yaml, body } = splitFrontMatter(file.markdown);
  const front = yaml === undefined ? undefined : hashnodeFront(yaml);
  try {
    const html = await runChecked("pandoc", ["-f", "gfm", "-t", "html"], { input: body });
    return { html, front };
  } catch (error) {
    return { html: "", front, error: String(error) };
  }
}

/**
 * pandoc's GitHub-flavoured reader (`-f gfm`, its default extensions). pandoc reads one
 * document per run, so the files run a few at a time; front matter as for cmark-gfm.
 */
export const pandocPlatform: Platform = {
  name: "pandoc",
  async describe() {
    return (await runChecked("pandoc", ["--version"])).split("\n")[0] ?? "pandoc";
  },
  async unavailable() {
    return (await whichCommand("pandoc"))
      ? undefined
      : "pandoc is not installed (apt-get install pandoc)";
  },
  async render(files: readonly ExportedFile[]) {
    const pages = new Map<string, RenderedPage>();
    for (let start = 0; start < files.length; start += PARALLEL) {
      const batch = files.slice(start, start + PARALLEL);
      const rendered = await Promise.all(batch.map(renderOne));
      batch.forEach((file, index) => {
        pages.set(file.name, rendered[index] as RenderedPage);
      });
    }
    return pages;
  },
};
