import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import type { SourceFile, WorkspacePackage } from "./check-imports.js";

const SOURCE_EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const NOT_SOURCE_DIRS = new Set(["node_modules", "dist", "out", ".next", ".turbo", "coverage"]);
const DEPENDENCY_FIELDS = [
  "dependencies",
  "devDependencies",
  "peerDependencies",
  "optionalDependencies",
] as const;

/**
 * The workspace packages listed in `pnpm-workspace.yaml` (folders, or `folder/*` globs one level
 * deep), each with the packages its package.json declares.
 *
 * @param root - the repository root
 */
export function readWorkspacePackages(root: string): WorkspacePackage[] {
  const yaml = readFileSync(join(root, "pnpm-workspace.yaml"), "utf8");
  const patterns = [...yaml.matchAll(/^\s*-\s*["']?([^"'\s#]+)["']?\s*$/gm)].map((m) => m[1] ?? "");
  const dirs = patterns.flatMap((pattern) =>
    pattern.endsWith("/*")
      ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => posix.join(pattern.slice(0, -2), entry.name))
      : [pattern],
  );
  return dirs
    .filter((dir) => statSync(join(root, dir, "package.json"), { throwIfNoEntry: false }))
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
      const declared = new Set(
        DEPENDENCY_FIELDS.flatMap((field) => Object.keys(manifest[field] ?? {})),
      );
      return { name: String(manifest.name), dir, declared };
    });
}

/**
 * Every source file (`.ts`, `.tsx`, `.js`, `.mjs`, …) of a package's folder, outside
 * dependencies and build output.
 *
 * @param root - the repository root
 * @param dir - the package's folder from the root
 */
export function readSourceFiles(root: string, dir: string): SourceFile[] {
  const files: SourceFile[] = [];
  const visit = (folder: string): void => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      const path = posix.join(folder, entry.name);
      if (entry.isDirectory() && !NOT_SOURCE_DIRS.has(entry.name)) visit(path);
      else if (entry.isFile() && SOURCE_EXTENSIONS.test(entry.name)) {
        files.push({ path, text: readFileSync(join(root, path), "utf8") });
      }
    }
  };
  visit(dir);
  return files;
}
