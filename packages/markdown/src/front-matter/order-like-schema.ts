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
 * (unknown keys last), and undefined values left out.
 */
export function orderLikeSchema(value: unknown, schema: SchemaShape | undefined): unknown {
  const def = schema?._zod.def;
  if (def === undefined) return value;
  if (def.innerType) return orderLikeSchema(value, def.innerType);
  if (def.type === "array" && Array.isArray(value))
    return value.map((item) => orderLikeSchema(item, def.element));
  if (def.type !== "object" || !def.shape || !isRecord(value)) return value;
  const shape = def.shape;
  const keys = [
    ...Object.keys(shape),
    ...Object.keys(value).filter((key) => !Object.hasOwn(shape, key)),
  ];
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (value[key] !== undefined) out[key] = orderLikeSchema(value[key], shape[key]);
  }
  return out;
}
