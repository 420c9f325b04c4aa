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

/** An object schema's fields in order, each with its rank and how its value is ordered. */
interface ObjectPlan {
  fields: readonly (readonly [string, Order])[];
  ranks: ReadonlyMap<string, { index: number; order: Order }>;
}

const orders = new WeakMap<SchemaShape, Order>();
const plans = new WeakMap<SchemaShape, ObjectPlan>();

const asIs: Order = (value) => value;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Whether the object's keys (but `omitted`) follow the plan (unknown keys last), none holds
 * undefined, and every field is in order itself: the object needs no copy.
 */
function followsPlan(plan: ObjectPlan, value: Record<string, unknown>, omitted?: string): boolean {
  const keys = Object.keys(value);
  const values = Object.values(value);
  return followsFields(plan, keys, values, omitted) ?? followsRanks(plan, keys, values, omitted);
}

/**
 * followsPlan for keys that are all the schema's: one walk along the schema's fields, without
 * looking each key up. Undefined where a key is not found further on (unknown, or out of
 * order), and the ranks decide.
 */
function followsFields(
  plan: ObjectPlan,
  keys: readonly string[],
  values: readonly unknown[],
  omitted: string | undefined,
): boolean | undefined {
  const { fields } = plan;
  let next = 0;
  for (let position = 0; position < keys.length; position++) {
    const key = keys[position] as string;
    if (key === omitted) continue;
    while (next < fields.length && (fields[next] as readonly [string, Order])[0] !== key) next++;
    if (next === fields.length) return undefined;
    const order = (fields[next] as readonly [string, Order])[1];
    const field = values[position];
    if (field === undefined) return false;
    if (order !== asIs && order(field) !== field) return false;
    next++;
  }
  return true;
}

function followsRanks(
  plan: ObjectPlan,
  keys: readonly string[],
  values: readonly unknown[],
  omitted: string | undefined,
): boolean {
  let previous = -1;
  for (let position = 0; position < keys.length; position++) {
    const key = keys[position] as string;
    if (key === omitted) continue;
    const rank = plan.ranks.get(key);
    const index = rank?.index ?? plan.fields.length;
    const field = values[position];
    if (index < previous || field === undefined) return false;
    if (rank && rank.order !== asIs && rank.order(field) !== field) return false;
    previous = index;
  }
  return true;
}

function objectOrder(shape: Record<string, SchemaShape>): { order: Order; plan: ObjectPlan } {
  const fields = Object.keys(shape).map((key) => [key, orderOf(shape[key])] as const);
  const ranks = new Map(fields.map(([key, order], index) => [key, { index, order }]));
  const plan: ObjectPlan = { fields, ranks };
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
  const order: Order = (value) => {
    if (!isRecord(value)) return value;
    return followsPlan(plan, value) ? value : reorder(value);
  };
  return { order, plan };
}

function arrayOrder(element: Order): Order {
  return (value) => {
    if (!Array.isArray(value)) return value;
    let items: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const item = value[index];
      const next = element(item);
      if (items === undefined && next !== item) items = value.slice(0, index);
      items?.push(next);
    }
    return items ?? value;
  };
}

function buildOrder(schema: SchemaShape): Order {
  const def = schema._zod.def;
  if (def.innerType) return orderOf(def.innerType);
  if (def.type === "array") {
    const element = orderOf(def.element);
    return element === asIs ? asIs : arrayOrder(element);
  }
  if (def.type !== "object" || !def.shape) return asIs;
  const { order, plan } = objectOrder(def.shape);
  plans.set(schema, plan);
  return order;
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

/** The plan of an object schema (through optional and default wrappers), once worked out. */
function planOf(schema: SchemaShape): ObjectPlan | undefined {
  const inner = schema._zod.def.innerType;
  if (inner) return planOf(inner);
  orderOf(schema);
  return plans.get(schema);
}

/**
 * `value` with the keys of every object in the order the schema declares them (unknown keys
 * last), and undefined values left out: a copy where anything changes, `value` itself (or the
 * part of it) where it is already so.
 */
export function orderLikeSchema(value: unknown, schema: SchemaShape | undefined): unknown {
  return orderOf(schema)(value);
}

/**
 * Whether orderLikeSchema would give the object without its `omitted` key back as it is: its
 * other keys in schema order (unknown keys last), no undefined value, every field in order.
 * False for a schema that is not an object's.
 */
export function inSchemaOrder(
  value: Record<string, unknown>,
  schema: SchemaShape,
  omitted: string,
): boolean {
  const plan = planOf(schema);
  return plan !== undefined && followsPlan(plan, value, omitted);
}
