import { readFile } from "node:fs/promises";

/**
 * Changes the bundle makes to dependencies' sources, each an exact text that must be found (the
 * build fails, naming the file, when a dependency no longer has it) and its replacement.
 */
const PATCHES = [
  {
    // Ink's reconciler awaits, at the top level and only when DEV=true, its React devtools bridge
    // (the optional `react-devtools-core`, not installed) and its package.json for them. A
    // CommonJS bundle cannot hold top-level await: the bundle reports the bridge as missing
    // instead (Ink then prints how to install it, as it would have).
    file: /[\\/]ink[\\/]build[\\/]reconciler\.js$/,
    replace: [
      [
        "await import('./devtools.js');",
        "throw Object.assign(new Error('react-devtools-core is not bundled'), { code: 'ERR_MODULE_NOT_FOUND' });",
      ],
      ["? await loadPackageJson()", "? { name: 'ink', version: undefined }"],
    ],
  },
  {
    // Ink measures and tokenizes every line of every frame with caches that live for one frame;
    // scrolling by a line redraws the same lines. One set of caches is kept across frames
    // (their values are never changed) and started afresh when it grows large.
    file: /[\\/]ink[\\/]build[\\/]output\.js$/,
    replace: [
      [
        "export default class Output {",
        `let sharedCaches;
function outputCaches() {
    if (!sharedCaches || sharedCaches.styledChars.size > 2000 || sharedCaches.widths.size > 20000 || sharedCaches.blockWidths.size > 200) {
        sharedCaches = new OutputCaches();
    }
    return sharedCaches;
}
export default class Output {`,
      ],
      ["    caches = new OutputCaches();", "    caches = outputCaches();"],
    ],
  },
  {
    // ansi-tokenize's diffAnsiCodes builds three Sets and several arrays for every pair of
    // neighbouring cells Ink draws, even when their style is the same (almost always): the
    // bundle answers that case first, with the same result (no codes to write).
    file: /[\\/]ansi-tokenize[\\/]build[\\/]diff\.js$/,
    replace: [
      [
        "export function diffAnsiCodes(from, to) {",
        `function sameCodes(from, to) {
    if (from.length !== to.length) return false;
    for (let index = 0; index < from.length; index++) {
        if (from[index].code !== to[index].code || from[index].endCode !== to[index].endCode) return false;
    }
    return true;
}
const NO_CODES = Object.freeze([]);
export function diffAnsiCodes(from, to) {
    if (sameCodes(from, to)) return NO_CODES;`,
      ],
    ],
  },
  {
    // ...and ansiCodesToString a Set and two arrays for no codes at all.
    file: /[\\/]ansi-tokenize[\\/]build[\\/]ansiCodes\.js$/,
    replace: [
      [
        "export function ansiCodesToString(codes) {",
        `export function ansiCodesToString(codes) {
    if (codes.length === 0) return "";`,
      ],
    ],
  },
  {
    // ...and styledCharsFromTokens a copy of the current style for every character: the
    // characters of a run share it (nothing changes a style array; a new style is a new array).
    file: /[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/,
    replace: [["styles: [...codes],", "styles: codes,"]],
  },
];

/** The esbuild plugin that applies {@link PATCHES}. */
export const sourcePatches = {
  name: "source-patches",
  setup(build) {
    for (const patch of PATCHES) {
      build.onLoad({ filter: patch.file }, async (args) => {
        let contents = await readFile(args.path, "utf8");
        for (const [text, replacement] of patch.replace) {
          if (!contents.includes(text)) {
            throw new Error(`${args.path} no longer has \`${text}\`; review the bundle's patch`);
          }
          contents = contents.replace(text, replacement);
        }
        return { contents, loader: "js" };
      });
    }
  },
};
