/** The folder `validate` checks when given no paths: `$BROADSHEET_CONTENT`, else `content`. */
export function resolveContentDir(env: Readonly<Record<string, string | undefined>>): {
  dir: string;
  fromEnv: boolean;
} {
  const fromEnv = env.BROADSHEET_CONTENT;
  return fromEnv ? { dir: fromEnv, fromEnv: true } : { dir: "content", fromEnv: false };
}
