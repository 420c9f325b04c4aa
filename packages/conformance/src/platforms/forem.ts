import { devtoFront } from "./front-matter.js";
import type { ExportedFile, Platform, RenderedPage } from "./platform.js";
import { rubyLibraryVersion, rubyMissing, runRubyScript } from "./ruby-script.js";

/**
 * dev.to's renderer (Forem's MarkdownProcessor): Redcarpet with `hard_wrap` and Forem's
 * extensions, then Liquid over the HTML, then Redcarpet again; front matter read with Psych.
 */
export const foremPlatform: Platform = {
  name: "redcarpet",
  async describe() {
    const redcarpet = await rubyLibraryVersion("redcarpet", "Redcarpet::VERSION");
    const liquid = await rubyLibraryVersion("liquid", "Liquid::VERSION");
    return `Redcarpet ${redcarpet} + Liquid ${liquid} (Forem's MarkdownProcessor)`;
  },
  unavailable: () => rubyMissing(["redcarpet", "liquid"], "ruby-redcarpet ruby-liquid"),
  async render(files: readonly ExportedFile[]) {
    const input = Object.fromEntries(files.map((file) => [file.name, file.markdown]));
    const output = await runRubyScript("forem.rb", input);
    const pages = new Map<string, RenderedPage>();
    for (const file of files) {
      const page = output[file.name] as {
        html: string;
        front?: Record<string, unknown>;
        error?: string;
      };
      pages.set(file.name, {
        html: page.html,
        front: page.front === undefined ? undefined : devtoFront(page.front),
        error: page.error,
      });
    }
    return pages;
  },
};
