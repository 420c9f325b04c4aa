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

/**
 * `value` with the keys of every object in the order the schema declares them (unknown keys
 * last, through optional and default wrappers, into arrays), undefined values left out: a
 * copy where anything changes, `value` itself where it is already so (an article read from a
 * file or checked by the schema is).
 */
export function orderLikeSchema(value: unknown, schema: SchemaShape | undefined): unknown {
  let def = schema?._zod?.def;
  while (def?.innerType) def = def.innerType._zod?.def;
  if (Array.isArray(value)) {
    const items = value.map((item) => orderLikeSchema(item, def?.element));
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  const shape = def?.shape;
  if (shape === undefined || typeof value !== "object" || value === null) return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const out: Record<string, unknown> = {};
  for (const key of [...Object.keys(shape), ...keys.filter((key) => !Object.hasOwn(shape, key))]) {
    if (record[key] !== undefined) out[key] = orderLikeSchema(record[key], shape[key]);
  }
  const written = Object.keys(out);
  const same = written.every((key, index) => key === keys[index] && out[key] === record[key]);
  return same && written.length === keys.length ? value : out;
}
