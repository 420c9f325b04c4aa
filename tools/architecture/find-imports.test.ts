import { describe, expect, it } from "vitest";
import { findImports } from "./find-imports.js";

describe("findImports", () => {
  it("finds every form of import with its line", () => {
    const text = [
      'import { a } from "@broadsheet/article";',
      "import type {",
      "  B,",
      '} from "../other/b.js";',
      'export { c } from "./c.js";',
      'export * from "@broadsheet/wire";',
      'import "./side-effect.js";',
      'const ink = await import("@broadsheet/reader/ink");',
      'const old = require("@broadsheet/content");',
    ].join("\n");
    expect(findImports(text)).toEqual([
      { specifier: "@broadsheet/article", line: 1 },
      { specifier: "../other/b.js", line: 4 },
      { specifier: "./c.js", line: 5 },
      { specifier: "@broadsheet/wire", line: 6 },
      { specifier: "./side-effect.js", line: 7 },
      { specifier: "@broadsheet/reader/ink", line: 8 },
      { specifier: "@broadsheet/content", line: 9 },
    ]);
  });

  it("does not take code quoted in a string for an import", () => {
    const text = [
      'const sample = `import { x } from "@broadsheet/reader"`;',
      "const words = \"export all from '../../apps/web'\";",
      "export function from(value: string) { return value; }",
    ].join("\n");
    expect(findImports(text)).toEqual([]);
  });
});
