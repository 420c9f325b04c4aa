import { hashnodeFront, splitFrontMatter } from "./front-matter.js";
import type { ExportedFile, Platform, RenderedPage } from "./platform.js";
import { rubyLibraryVersion, rubyMissing, runRubyScript } from "./ruby-script.js";

/**
 * cmark-gfm (GitHub's parser) through Ruby's commonmarker with GitHub's extensions. A file with
 * front matter (Hashnode's) has it read with `yaml` and the body rendered alone.
 */
export const cmarkGfmPlatform: Platform = {
  name: "cmark-gfm",
  async describe() {
    return `cmark-gfm (commonmarker ${await rubyLibraryVersion("commonmarker", "CommonMarker::VERSION")})`;
  },
  unavailable: () => rubyMissing(["commonmarker"], "ruby-commonmarker"),
  async render(files: readonly ExportedFile[]) {
    const split = files.map((file) => ({ name: file.name, ...splitFrontMatter(file.markdown) }));
    const output = await runRubyScript(
      "cmark-gfm.rb",
      Object.fromEntries(split.map((file) => [file.name, file.body])),
    );
    const pages = new Map<string, RenderedPage>();
    for (const file of split) {
      pages.set(file.name, {
        html: String(output[file.name]),
        front: file.yaml === undefined ? undefined : hashnodeFront(file.yaml),
      });
    }
    return pages;
  },
};
