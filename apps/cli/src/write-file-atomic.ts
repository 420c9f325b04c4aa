import { randomBytes } from "node:crypto";
import { access, link, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV", "EMLINK"]);

async function moveIntoPlace(temp: string, target: string, overwrite: boolean): Promise<void> {
  if (overwrite) return rename(temp, target);
  try {
    await link(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (!NO_HARD_LINKS.has(code)) throw error;
    const exists = await access(target).then(
      () => true,
      () => false,
    );
    if (exists) throw Object.assign(new Error(`${target} exists`), { code: "EEXIST" });
    await rename(temp, target);
  }
}

/**
 * Writes a file so that readers see the old contents or the new, never a part: the text goes to
 * a hidden temporary file in the same folder, is flushed to disk, then renamed over the target.
 * Without `overwrite`, an existing target is left alone and the error has code `EEXIST` (a hard
 * link makes that check atomic where the file system has them). The temporary file is always
 * removed. Throws Node's file system errors.
 */
export async function writeFileAtomic(
  target: string,
  text: string,
  { overwrite }: { overwrite: boolean },
): Promise<void> {
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`,
  );
  const handle = await open(temp, "wx", 0o644);
  try {
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await moveIntoPlace(temp, target, overwrite);
  } finally {
    await rm(temp, { force: true });
  }
}
