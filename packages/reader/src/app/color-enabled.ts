type Env = Readonly<Record<string, string | undefined>>;

/**
 * Whether the reader may use colour. `FORCE_COLOR` decides first (`0` or `false` turns colour
 * off, any other value on, as supports-color and Node read it), then `NO_COLOR` (any non-empty
 * value turns it off, https://no-color.org), then `TERM=dumb`; otherwise colour is on for a
 * terminal. Bold, italic, underline and inverse are not colour and stay on either way.
 */
export function colorEnabled(env: Env, isTerminal: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR) return false;
  if (env.TERM === "dumb") return false;
  return isTerminal;
}
