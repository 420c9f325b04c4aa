/**
 * Marks a `switch` over a union as exhaustive: TypeScript rejects the call when a member is
 * unhandled, and at run time it throws naming the value's `type` (or the value itself).
 */
export function assertNever(value: never, what = "value"): never {
  const type = (value as { type?: unknown } | null)?.type;
  throw new Error(`unhandled ${what} ${String(type ?? value)}`);
}
