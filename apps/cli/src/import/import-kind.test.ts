import { describe, expect, it } from "vitest";
import { CliError } from "../cli-error.js";
import { importKind, refuseByName } from "./import-kind.js";

const RSS = '<?xml version="1.0"?>\n<!-- a comment -->\n<rss version="2.0"><channel/></rss>';
const ATOM = '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title></feed>';
const RDF = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>';
const JSON_FEED = '{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": []}';
const PAGE = "<!DOCTYPE html><html><body><p>Hi</p></body></html>";

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof CliError) return `${error.exitCode} ${error.message}`;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("importKind", () => {
  it("knows a feed by its content, whatever the file is called", () => {
    for (const [file, text] of [
      ["feed.xml", RSS],
      ["notes.txt", ATOM],
      ["page.html", RDF],
      ["feed.json", JSON_FEED],
      ["download", `\ufeff  ${RSS}`],
    ] as const) {
      expect(importKind(file, text), file).toBe("feed");
    }
  });

  it("reads other .html as a page and other names as wire copy", () => {
    expect(importKind("page.HTM", PAGE)).toBe("html");
    expect(importKind("story.txt", "Headline\n\nBody.")).toBe("wire");
    expect(importKind("story.txt", PAGE)).toBe("wire");
  });

  it("hands a file named as a feed to the feed reader even when it does not look like one", () => {
    expect(importKind("broken.rss", "<rss><channel><item><title>cut off")).toBe("feed");
    expect(importKind("catalog.xml", "<catalog><book/></catalog>")).toBe("feed");
  });

  it("refuses an HTML page named as a feed, JSON that is not a JSON Feed, and Markdown", () => {
    expect(refusal(() => importKind("moved.rss", "<head><title>Moved</title></head>"))).toMatch(
      /^2 moved\.rss: is an HTML page, not a feed .*save it with an \.html name$/,
    );
    expect(refusal(() => importKind("a.json", '{"headline": "x"}'))).toMatch(
      /^2 a\.json: is JSON but not a JSON Feed .*'broadsheet validate a\.json'$/,
    );
    expect(refusal(() => refuseByName("done.md"))).toMatch(/^2 done\.md: is Markdown already/);
    expect(() => refuseByName("feed.xml")).not.toThrow();
  });
});
