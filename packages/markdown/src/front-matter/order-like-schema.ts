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

type Order = (value: unknown) => unknown;

const orders = new WeakMap<SchemaShape, Order>();

const asIs: Order = (value) => value;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function objectOrder(shape: Record<string, SchemaShape>): Order {
  const fields = Object.keys(shape).map((key) => [key, orderOf(shape[key])] as const);
  const ranks = new Map(fields.map(([key, order], index) => [key, { index, order }]));
  const reorder = (value: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    for (const [key, order] of fields) {
      const field = value[key];
      if (field !== undefined) out[key] = order(field);
    }
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(shape, key) && value[key] !== undefined) out[key] = value[key];
    }
    return out;
  };
  return (value) => {
    if (!isRecord(value)) return value;
    let previous = -1;
    for (const key in value) {
      const rank = ranks.get(key);
      const index = rank?.index ?? fields.length;
      const field = value[key];
      if (index < previous || field === undefined || !Object.hasOwn(value, key)) {
        return reorder(value);
      }
      if (rank && rank.order !== asIs && rank.order(field) !== field) return reorder(value);
      previous = index;
    }
    return value;
  };
}

function buildOrder(schema: SchemaShape): Order {
  const def = schema._zod.def;
  if (def.innerType) return orderOf(def.innerType);
  if (def.type === "array") {
    const element = orderOf(def.element);
    if (element === asIs) return asIs;
    return (value) => {
      if (!Array.isArray(value)) return value;
      const items = value.map((item) => element(item));
      return items.every((item, index) => item === value[index]) ? value : items;
    };
  }
  return def.type === "object" && def.shape ? objectOrder(def.shape) : asIs;
}

/** How values of a schema are put in order, worked out once per schema. */
function orderOf(schema: SchemaShape | undefined): Order {
  if (schema?._zod?.def === undefined) return asIs;
  let order = orders.get(schema);
  if (order === undefined) {
    order = (value) => (order as Order)(value);
    orders.set(schema, order);
    const built = buildOrder(schema);
    orders.set(schema, built);
    order = built;
  }
  return order;
}

/**
 * `value` with the keys of every object in the order the schema declares them (unknown keys
 * last), and undefined values left out: a copy where anything changes, `value` itself (or the
 * part of it) where it is already so.
 */
export function orderLikeSchema(value: unknown, schema: SchemaShape | undefined): unknown {
  return orderOf(schema)(value);
}
