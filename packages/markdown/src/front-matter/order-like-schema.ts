/** The part of a zod schema's definition read here (zod keeps it on `_zod.def`). */
type Def = { shape?: Record<string, SchemaShape>; element?: SchemaShape; innerType?: SchemaShape };

/** A zod schema, as far as its definition is read here. */
export type SchemaShape = { _zod: { def: Def } };

/** Each object schema's field names, in order, worked out once. */
const ORDERS = new WeakMap<object, string[]>();

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
  const order = ORDERS.get(shape) ?? Object.keys(shape);
  ORDERS.set(shape, order);
  const keys = Object.keys(record);
  let next = 0;
  const same = keys.every((key) => {
    while (next < order.length && order[next] !== key) next++;
    const field = record[key];
    return (
      next++ < order.length && field !== undefined && orderLikeSchema(field, shape[key]) === field
    );
  });
  if (same) return value;
  const out: Record<string, unknown> = {};
  for (const key of [...order, ...keys.filter((key) => !Object.hasOwn(shape, key))]) {
    if (record[key] !== undefined) out[key] = orderLikeSchema(record[key], shape[key]);
  }
  return out;
}
