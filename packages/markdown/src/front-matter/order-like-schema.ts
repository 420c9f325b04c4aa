/** The part of a zod schema's shape this module reads (zod keeps it on `_zod.def`). */
export interface SchemaShape {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, SchemaShape>;
      element?: SchemaShape;
      innerType?: SchemaShape;
    };
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A copy of `value` with the keys of every object in the order the schema declares them
 * (unknown keys last, through optional and default wrappers, into arrays), undefined values
 * left out.
 */
export function orderLikeSchema(value: unknown, schema: SchemaShape | undefined): unknown {
  let def = schema?._zod?.def;
  while (def?.innerType) def = def.innerType._zod?.def;
  if (def === undefined) return value;
  if (def.type === "array" && Array.isArray(value)) {
    return value.map((item) => orderLikeSchema(item, def?.element));
  }
  const shape = def.shape;
  if (def.type !== "object" || shape === undefined || !isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) {
    if (value[key] !== undefined) out[key] = orderLikeSchema(value[key], shape[key]);
  }
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(shape, key) && value[key] !== undefined) out[key] = value[key];
  }
  return out;
}
