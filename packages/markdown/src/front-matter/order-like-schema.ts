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

/** An object schema's field names, in order and as a set, worked out once per shape. */
const fieldsOfShape = new WeakMap<object, { order: readonly string[]; known: Set<string> }>();

function fieldsOf(shape: Record<string, SchemaShape>) {
  let fields = fieldsOfShape.get(shape);
  if (fields === undefined) {
    const order = Object.keys(shape);
    fields = { order, known: new Set(order) };
    fieldsOfShape.set(shape, fields);
  }
  return fields;
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
  if (def === undefined) return value;
  if (def.type === "array" && Array.isArray(value)) {
    let items: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      const ordered = typeof item === "object" ? orderLikeSchema(item, def.element) : item;
      if (items === undefined && ordered !== item) items = value.slice(0, index);
      items?.push(ordered);
    }
    return items ?? value;
  }
  const shape = def.shape;
  if (def.type !== "object" || shape === undefined || !isRecord(value)) return value;
  const { order, known } = fieldsOf(shape);
  const keys = Object.keys(value);
  const values = Object.values(value);
  let next = 0;
  let same = true;
  for (let position = 0; position < keys.length && same; position++) {
    const key = keys[position] as string;
    while (next < order.length && order[next] !== key) next++;
    const field = values[position];
    same = next < order.length && field !== undefined;
    same &&= typeof field !== "object" || orderLikeSchema(field, shape[key]) === field;
    next++;
  }
  if (same) return value;
  const out: Record<string, unknown> = {};
  for (const key of order) {
    if (value[key] !== undefined) out[key] = orderLikeSchema(value[key], shape[key]);
  }
  for (const key of keys) {
    if (!known.has(key) && value[key] !== undefined) out[key] = value[key];
  }
  return out;
}
