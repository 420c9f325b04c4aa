const SEGMENT = /([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;

/** Splits a path written by formatPath (`author[0].name`, `["odd key"]`) into its keys. */
export function parsePath(path: string): (string | number)[] {
  if (path === "(document)") return [];
  const keys: (string | number)[] = [];
  for (const [, name, index, quoted] of path.matchAll(SEGMENT)) {
    if (name !== undefined) keys.push(name);
    else if (index !== undefined) keys.push(Number(index));
    else if (quoted !== undefined) keys.push(String(JSON.parse(quoted)));
  }
  return keys;
}
