import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ExportShapeError } from "./export-shape.mjs";
import { postExport } from "./postexport.mjs";

const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<meta property="og:title" content="Bridge"/><meta name="twitter:card" content="summary"/>',
  '<meta name="twitter:title" content="Bridge"/></head><body><p>Bridge<!-- --> open</p>',
  '<div hidden=""><!--$--><!--/$--></div>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"payload"])</script></body></html>',
].join("");

/** A static export of one article in the shape Next.js 16 writes, with `change` applied. */
const EXPORT: Record<string, string> = {
  "index.html": PAGE,
  "index.txt": "payload",
  "articles/bridge.html": PAGE,
  "articles/bridge/__next._full.txt": "payload",
  "markdown/bridge.md": "# Bridge\n",
  "_next/static/chunks/main.js": "run()",
  "_next/static/chunks/site.css": "p{color:red}",
  "_next/static/build-id/_buildManifest.js": "manifest()",
  "feed.xml": "<feed/>",
  "og/bridge.png": "png",
};

const root = await mkdtemp(path.join(tmpdir(), "export-shape-"));
afterAll(() => rm(root, { recursive: true, force: true }));
let exports = 0;

async function exportFolder(files: Record<string, string>): Promise<string> {
  const out = path.join(root, String(exports++));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(out, name)), { recursive: true });
    await writeFile(path.join(out, name), text);
  }
  return out;
}

const changedPage = (from: string, to: string) => {
  expect(PAGE).toContain(from);
  return { ...EXPORT, "articles/bridge.html": PAGE.replace(from, to) };
};

describe("postExport on Next's export shape", () => {
  it("finishes an export of the shape it knows", async () => {
    const out = await exportFolder(EXPORT);
    expect(await postExport(out)).toEqual({ pages: 2, removed: 5, copied: 0, rendered: 0 });
    const files = await readdir(out, { recursive: true, withFileTypes: true });
    expect(
      files
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(out, path.join(entry.parentPath, entry.name)))
        .sort(),
    ).toEqual([
      "articles/bridge.html",
      "articles/bridge.md",
      "feed.xml",
      "index.html",
      "og/bridge.png",
    ]);
    expect(await readFile(path.join(out, "index.html"), "utf8")).toBe(
      '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><style>p{color:red}</style>' +
        '<meta property="og:title" content="Bridge"/><meta name="twitter:card" content="summary"/>' +
        "</head><body><p>Bridge open</p></body></html>",
    );
  });

  const changes: [string, Record<string, string>, RegExp][] = [
    [
      "the Markdown alternates elsewhere",
      Object.fromEntries(
        Object.entries(EXPORT).map(([name, text]) => [name.replace("markdown/", "md/"), text]),
      ),
      /the export folder: expected the Markdown alternates as markdown\/<slug>\.md/,
    ],
    [
      "the runtime loaded another way",
      changedPage('<script src="/_next/static/chunks/main.js" async=""></script>', ""),
      /articles\/bridge\.html: expected the App Router runtime as <script src=/,
    ],
    [
      "the RSC payload under another name",
      { ...EXPORT, "articles/bridge.html": PAGE.replaceAll("self.__next_f", "self.__rsc") },
      /expected the RSC payload inline as <script>self\.__next_f\.push/,
    ],
    [
      "the stylesheet preloaded instead of linked",
      changedPage('rel="stylesheet"', 'rel="preload" as="style"'),
      /expected its stylesheet as <link rel="stylesheet" href="\/_next\/static\/….css">; found no stylesheet link/,
    ],
    [
      "twitter: tags with their attributes the other way round",
      changedPage(
        '<meta name="twitter:title" content="Bridge"/>',
        '<meta content="Bridge" name="twitter:title"/>',
      ),
      /expected twitter: tags as <meta name="twitter:…" content="…"\/>; found <meta content="Bridge" name="twitter:title"\/>/,
    ],
    [
      "a hydration marker of a new form",
      changedPage("<!--$--><!--/$-->", "<!--&--><!--/&-->"),
      /articles\/bridge\.html: expected no comment once the hydration markers are stripped; found <!--&-->/,
    ],
    [
      "the RSC payload files renamed",
      { ...EXPORT, "articles/bridge.rsc": "payload" },
      /articles\/bridge\.rsc: expected only pages \(\.html\);.*; found a file of none of these kinds/,
    ],
  ];

  for (const [change, files, message] of changes) {
    it(`fails naming what it expected when Next's export has ${change}`, async () => {
      const failure = postExport(await exportFolder(files));
      await expect(failure).rejects.toThrow(ExportShapeError);
      await expect(failure).rejects.toThrow(message);
    });
  }
});
