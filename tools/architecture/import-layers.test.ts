import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  checkImports,
  formatViolation,
  type SourceFile,
  type WorkspacePackage,
} from "./check-imports.js";
import { LAYER_EXCEPTIONS, LAYERS, type Layer, type LayerException } from "./layers.js";
import { readSourceFiles, readWorkspacePackages } from "./read-workspace.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("the workspace", () => {
  const packages = readWorkspacePackages(ROOT);
  const sources = new Map(packages.map((pkg) => [pkg.name, readSourceFiles(ROOT, pkg.dir)]));
  const { violations, staleExceptions } = checkImports(packages, sources, LAYERS, LAYER_EXCEPTIONS);

  it("is read: every package, with its source files", () => {
    const names = packages.map((pkg) => pkg.name);
    expect(names).toContain("@broadsheet/article");
    expect(names).toContain("broadsheet");
    expect(sources.get("@broadsheet/article")?.length).toBeGreaterThan(0);
  });

  it("imports only declared packages, inside its folders, down the layers", () => {
    expect(violations.map(formatViolation)).toEqual([]);
  });

  it("still needs every listed exception (remove the ones no import uses)", () => {
    expect(staleExceptions).toEqual([]);
  });
});

const FAKE_LAYERS: readonly Layer[] = [
  { name: "model", packages: ["@x/model"] },
  { name: "formats", packages: ["@x/format", "@x/reader"] },
  { name: "apps", packages: ["@x/app"] },
];

function fakePackage(name: string, dir: string, declared: string[] = []): WorkspacePackage {
  return { name, dir, declared: new Set(declared) };
}

const FAKE_PACKAGES = [
  fakePackage("@x/model", "packages/model"),
  fakePackage("@x/format", "packages/format", ["@x/model", "@x/reader"]),
  fakePackage("@x/reader", "packages/reader", ["@x/model"]),
  fakePackage("@x/app", "apps/app", ["@x/model", "@x/format", "@x/reader"]),
];

function problemsOf(
  pkg: string,
  file: SourceFile,
  exceptions: readonly LayerException[] = [],
): string[] {
  const check = checkImports(FAKE_PACKAGES, new Map([[pkg, [file]]]), FAKE_LAYERS, exceptions);
  return check.violations.map(formatViolation);
}

describe("checkImports", () => {
  it("allows an import down the layers from a declared package", () => {
    const file = {
      path: "apps/app/src/page.ts",
      text: 'import { a } from "@x/model";\nimport { b } from "@x/format/sub";\nimport "./local.js";',
    };
    expect(problemsOf("@x/app", file)).toEqual([]);
  });

  it("names the file, line and import of a package missing from package.json", () => {
    const file = { path: "packages/reader/src/a.ts", text: '\nimport { app } from "@x/app";' };
    expect(problemsOf("@x/reader", file)).toEqual([
      'packages/reader/src/a.ts:2: "@x/app": @x/app is not in the dependencies of packages/reader/package.json',
    ]);
  });

  it("fails a relative import that reaches into another package's folder", () => {
    const file = {
      path: "apps/app/src/page.ts",
      text: 'import { rule } from "../../../packages/format/src/rule.js";',
    };
    expect(problemsOf("@x/app", file)).toEqual([
      'apps/app/src/page.ts:1: "../../../packages/format/src/rule.js": a relative import reaches into @x/format (packages/format): import "@x/format" instead',
    ]);
  });

  it("fails a relative import that leaves its package for the root", () => {
    const file = { path: "packages/model/src/a.ts", text: 'import x from "../../shared.js";' };
    expect(problemsOf("@x/model", file)).toEqual([
      'packages/model/src/a.ts:1: "../../shared.js": a relative import leaves packages/model',
    ]);
  });

  it("fails an import up the layers, even when declared", () => {
    const bad = fakePackage("@x/model", "packages/model", ["@x/app"]);
    const check = checkImports(
      [bad, ...FAKE_PACKAGES.slice(1)],
      new Map([[bad.name, [{ path: "packages/model/src/a.ts", text: 'import "@x/app";' }]]]),
      FAKE_LAYERS,
      [],
    );
    expect(check.violations.map(formatViolation)).toEqual([
      'packages/model/src/a.ts:1: "@x/app": @x/model (model) imports up into @x/app (apps): imports go to a lower layer only',
    ]);
  });

  it("fails an import sideways within a layer, unless it is a listed exception", () => {
    const file = { path: "packages/format/src/a.ts", text: 'import type { R } from "@x/reader";' };
    expect(problemsOf("@x/format", file)).toEqual([
      'packages/format/src/a.ts:1: "@x/reader": @x/format (formats) imports sideways into @x/reader (formats): imports go to a lower layer only',
    ]);
    const exception = { from: "@x/format", to: "@x/reader", reason: "a type, for now" };
    expect(problemsOf("@x/format", file, [exception])).toEqual([]);
  });

  it("reports an exception that no import uses any more", () => {
    const exception = { from: "@x/format", to: "@x/reader", reason: "gone" };
    const check = checkImports(FAKE_PACKAGES, new Map(), FAKE_LAYERS, [exception]);
    expect(check.staleExceptions).toEqual([exception]);
  });

  it("fails a package that is in no layer", () => {
    const stray = fakePackage("@x/stray", "packages/stray");
    const check = checkImports([stray], new Map(), FAKE_LAYERS, []);
    expect(check.violations.map(formatViolation)).toEqual([
      'packages/stray/package.json:1: "@x/stray": the package is in no layer: add it to LAYERS in tools/architecture/layers.ts',
    ]);
  });
});
