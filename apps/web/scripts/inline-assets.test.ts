import { describe, expect, it } from "vitest";
import { inlineAssets, svgDataUri } from "./inline-assets.mjs";

const files: Record<string, string> = {
  "/_next/static/chunks/a.css": "body{color:red}\n",
  "/icon.svg": '<svg xmlns="http://www.w3.org/2000/svg"><rect fill="#1a1a1a"/></svg>\n',
  "/evil.css": "a{}</style><script>alert(1)</script>",
};
const read = (path: string) => files[path];

describe("inlineAssets", () => {
  it("turns the stylesheet link into a style element with the file's CSS", () => {
    const html =
      '<head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/></head>';
    expect(inlineAssets(html, read)).toBe("<head><style>body{color:red}</style></head>");
  });

  it("points the SVG icon at a data URI of the file", () => {
    const html = '<link rel="icon" href="/icon.svg?icon.x.svg" sizes="any" type="image/svg+xml"/>';
    const inlined = inlineAssets(html, read);
    expect(inlined).toBe(
      `<link rel="icon" href="${svgDataUri(files["/icon.svg"] ?? "")}" sizes="any" type="image/svg+xml"/>`,
    );
    expect(inlined).toContain("data:image/svg+xml,%3Csvg xmlns='http");
    expect(inlined).toContain("fill='%231a1a1a'");
  });

  it("leaves links alone whose file is missing, remote, or could close the style element", () => {
    for (const html of [
      '<link rel="stylesheet" href="/missing.css"/>',
      '<link rel="stylesheet" href="https://cdn.example/a.css"/>',
      '<link rel="stylesheet" href="/evil.css"/>',
      '<link rel="icon" href="/missing.svg" type="image/svg+xml"/>',
    ]) {
      expect(inlineAssets(html, read)).toBe(html);
    }
  });
});

describe("svgDataUri", () => {
  const decoded = (svg: string) =>
    decodeURIComponent(svgDataUri(svg).slice("data:image/svg+xml,".length));

  it("decodes back to the SVG, its attribute quotes as apostrophes", () => {
    const svg = files["/icon.svg"]?.trim() ?? "";
    expect(decoded(svg)).toBe(svg.replaceAll('"', "'"));
    expect(svgDataUri(svg)).not.toMatch(/["<>#]/);
  });

  it("keeps double quotes (escaped) in text and around a value holding an apostrophe", () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" aria-label="Ada's"><title>The "B" mark, a="b"</title></svg>`;
    expect(decoded(svg)).toBe(
      `<svg xmlns='http://www.w3.org/2000/svg' aria-label="Ada's"><title>The "B" mark, a="b"</title></svg>`,
    );
    expect(svgDataUri(svg)).not.toMatch(/["<>#]/);
  });
});
