/** A layer of the house: the packages in it may import only packages of a lower layer. */
export interface Layer {
  name: string;
  packages: readonly string[];
}

/** An import against the layers that is known, with why it is there until it is gone. */
export interface LayerException {
  from: string;
  to: string;
  reason: string;
}

/**
 * The layers, lowest first, as `ARCHITECTURE.md` draws them. An import must go to a strictly
 * lower layer: never up, never sideways within a layer.
 */
export const LAYERS: readonly Layer[] = [
  { name: "model", packages: ["@broadsheet/article"] },
  {
    name: "formats and readers",
    packages: [
      "@broadsheet/wire",
      "@broadsheet/markdown",
      "@broadsheet/reader",
      "@broadsheet/feeds",
      "@broadsheet/html",
    ],
  },
  { name: "collections", packages: ["@broadsheet/content", "@broadsheet/remote"] },
  {
    name: "apps",
    packages: ["broadsheet", "@broadsheet/web", "@broadsheet/bench", "@broadsheet/conformance"],
  },
];

/** Imports against {@link LAYERS} that exist today; each must still be used, or be removed. */
export const LAYER_EXCEPTIONS: readonly LayerException[] = [];
