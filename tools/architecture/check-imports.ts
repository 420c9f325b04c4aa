import { posix } from "node:path";
import { findImports } from "./find-imports.js";
import type { Layer, LayerException } from "./layers.js";

/** A workspace package: its name, its folder from the repository root, what it declares. */
export interface WorkspacePackage {
  name: string;
  dir: string;
  declared: ReadonlySet<string>;
}

/** A source file of a package, its path from the repository root (with `/`). */
export interface SourceFile {
  path: string;
  text: string;
}

/** One import that breaks a rule of the house, or one rule that no longer matches anything. */
export interface Violation {
  file: string;
  line: number;
  specifier: string;
  problem: string;
}

/** What {@link checkImports} found. */
export interface ImportCheck {
  violations: Violation[];
  staleExceptions: LayerException[];
}

/**
 * Checks every import of every package against three rules: a workspace package imported is
 * declared in the importer's package.json; a relative import stays inside its own package's
 * folder; an import between packages goes to a strictly lower layer, unless it is a listed
 * exception. A package missing from the layers is a violation of its package.json.
 *
 * @param packages - the workspace packages
 * @param sources - each package's source files, by package name
 * @param layers - the layers, lowest first
 * @param exceptions - imports against the layers that are known and allowed for now
 * @returns the violations, and the exceptions no import uses any more
 */
export function checkImports(
  packages: readonly WorkspacePackage[],
  sources: ReadonlyMap<string, readonly SourceFile[]>,
  layers: readonly Layer[],
  exceptions: readonly LayerException[],
): ImportCheck {
  const rank = new Map<string, number>();
  layers.forEach((layer, index) => {
    for (const name of layer.packages) rank.set(name, index);
  });
  const violations: Violation[] = [];
  const usedExceptions = new Set<LayerException>();
  for (const pkg of packages) {
    const ownRank = rank.get(pkg.name);
    if (ownRank === undefined) {
      violations.push({
        file: `${pkg.dir}/package.json`,
        line: 1,
        specifier: pkg.name,
        problem: "the package is in no layer: add it to LAYERS in tools/architecture/layers.ts",
      });
    }
    for (const file of sources.get(pkg.name) ?? []) {
      for (const { specifier, line } of findImports(file.text)) {
        const problem = specifier.startsWith(".")
          ? relativeProblem(pkg, packages, file.path, specifier)
          : packageProblem(
              pkg,
              ownRank,
              packages,
              specifier,
              rank,
              layers,
              exceptions,
              usedExceptions,
            );
        if (problem) violations.push({ file: file.path, line, specifier, problem });
      }
    }
  }
  const staleExceptions = exceptions.filter((exception) => !usedExceptions.has(exception));
  return { violations, staleExceptions };
}

function relativeProblem(
  pkg: WorkspacePackage,
  packages: readonly WorkspacePackage[],
  filePath: string,
  specifier: string,
): string | undefined {
  const target = posix.join(posix.dirname(filePath), specifier);
  if (isInside(pkg.dir, target)) return undefined;
  const owner = packages.find((other) => isInside(other.dir, target));
  return owner
    ? `a relative import reaches into ${owner.name} (${owner.dir}): import "${owner.name}" instead`
    : `a relative import leaves ${pkg.dir}`;
}

function packageProblem(
  pkg: WorkspacePackage,
  ownRank: number | undefined,
  packages: readonly WorkspacePackage[],
  specifier: string,
  rank: ReadonlyMap<string, number>,
  layers: readonly Layer[],
  exceptions: readonly LayerException[],
  usedExceptions: Set<LayerException>,
): string | undefined {
  const target = packages.find(
    (other) => specifier === other.name || specifier.startsWith(`${other.name}/`),
  );
  if (!target || target.name === pkg.name) return undefined;
  if (!pkg.declared.has(target.name)) {
    return `${target.name} is not in the dependencies of ${pkg.dir}/package.json`;
  }
  const targetRank = rank.get(target.name);
  if (ownRank === undefined || targetRank === undefined || targetRank < ownRank) return undefined;
  const exception = exceptions.find((e) => e.from === pkg.name && e.to === target.name);
  if (exception) {
    usedExceptions.add(exception);
    return undefined;
  }
  const direction = targetRank === ownRank ? "sideways" : "up";
  return `${pkg.name} (${layers[ownRank]?.name}) imports ${direction} into ${target.name} (${layers[targetRank]?.name}): imports go to a lower layer only`;
}

function isInside(dir: string, path: string): boolean {
  const relative = posix.relative(dir, path);
  return !relative.startsWith("..") && !posix.isAbsolute(relative);
}

/**
 * A violation as one line a person can act on: `file:line: "specifier": problem`.
 *
 * @param violation - what {@link checkImports} found
 */
export function formatViolation(violation: Violation): string {
  return `${violation.file}:${violation.line}: "${violation.specifier}": ${violation.problem}`;
}
