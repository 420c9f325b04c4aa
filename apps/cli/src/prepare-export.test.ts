import { mkdir, rm, stat, utimes, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { indexArticles } from "@broadsheet/content";
import { describe, expect, it } from "vitest";
import { runExport } from "./commands/export.js";
import { ExportLedger } from "./export-ledger.js";
import { type ExportSettings, exportSettingsKey, prepareExport } from "./prepare-export.js";
import { articleMarkdown, tempDir } from "./test-binary.js";
import { captureIo } from "./test-io.js";

const BRIDGE = articleMarkdown("Harbour Bridge Reopens", "2025-09-14T08:00:00+02:00");
const HUGO: ExportSettings = { profile: "hugo" };
const LONG_AGO = new Date("2020-01-01T00:00:00Z");

/** A content folder with one article, exported once with the hugo profile into `out/`. */
async function exportedOnce() {
  const dir = await tempDir();
  const content = join(dir, "content");
  const out = join(dir, "out");
  await mkdir(content);
  await mkdir(out);
  const file = join(content, "bridge.md");
  await writeFile(file, BRIDGE);
  const env = { BROADSHEET_CACHE_DIR: join(dir, "cache") };
  const first = captureIo(env);
  expect(await runExport([content], { profile: "hugo", out }, first.io)).toBe(0);
  expect(first.out).toBe("1 written\n");
  return { content, out, file, env, output: join(out, "harbour-bridge-reopens.md") };
}

/** Exports the project again as {@link exportedOnce} did; its tally line. */
async function exportAgain({
  content,
  out,
  env,
}: {
  content: string;
  out: string;
  env: Record<string, string>;
}) {
  const again = captureIo(env);
  await runExport([content], { profile: "hugo", out }, again.io);
  return again.out;
}

/** What {@link prepareExport} makes of `file` now, with a ledger of `out`: undefined Markdown means reused. */
async function preparedNow(
  { content, file, env }: { content: string; file: string; env: Record<string, string> },
  out: string,
  settings: ExportSettings = HUGO,
  present?: ReadonlySet<string>,
) {
  const indexed = await indexArticles([content], { env, codeVersion: "0.0.0-dev+sources" });
  try {
    const ledger = new ExportLedger(indexed, exportSettingsKey(settings), out, present);
    return prepareExport(indexed, file, settings, ledger);
  } finally {
    indexed.close();
  }
}

function markdownOf(prepared: Awaited<ReturnType<typeof preparedNow>>): string | undefined {
  if (!prepared.ok) throw new Error(`not prepared: ${JSON.stringify(prepared.errors)}`);
  return prepared.markdown;
}

describe("prepareExport with the output folder's ledger", () => {
  it("renders nothing for an article the last export wrote, however the folder is named", async () => {
    const project = await exportedOnce();
    const prepared = await preparedNow(project, relative(process.cwd(), project.out));
    expect(prepared).toMatchObject({ ok: true, name: "harbour-bridge-reopens.md", warnings: [] });
    expect(markdownOf(prepared)).toBeUndefined();
    expect(markdownOf(await preparedNow(project, `${project.out}/.`))).toBeUndefined();
  });

  it("records an output found already holding the article, so the next export renders nothing", async () => {
    const project = await exportedOnce();
    await rm(project.env.BROADSHEET_CACHE_DIR, { recursive: true });
    expect(await exportAgain(project)).toBe("0 written, 1 unchanged\n");
    expect(markdownOf(await preparedNow(project, project.out))).toBeUndefined();
  });

  it("renders again when the output was edited, even with its size and mtime put back", async () => {
    const project = await exportedOnce();
    const { size } = await stat(project.output);
    await utimes(project.output, LONG_AGO, LONG_AGO);
    expect(await exportAgain(project)).toBe("0 written, 1 unchanged\n");
    expect(markdownOf(await preparedNow(project, project.out))).toBeUndefined();
    await writeFile(project.output, "x".repeat(size));
    await utimes(project.output, LONG_AGO, LONG_AGO);
    expect(markdownOf(await preparedNow(project, project.out))).toContain("Harbour Bridge");
  });

  it("renders again when the output was deleted", async () => {
    const project = await exportedOnce();
    await rm(project.output);
    expect(markdownOf(await preparedNow(project, project.out))).toContain("Harbour Bridge");
  });

  it("renders again, without looking, an output missing from the folder's listing", async () => {
    const project = await exportedOnce();
    const listed = new Set(["harbour-bridge-reopens.md"]);
    expect(markdownOf(await preparedNow(project, project.out, HUGO, listed))).toBeUndefined();
    expect(markdownOf(await preparedNow(project, project.out, HUGO, new Set()))).toContain(
      "Harbour Bridge",
    );
  });

  it("renders again for other settings or another folder", async () => {
    const project = await exportedOnce();
    const attributed = { ...HUGO, attribution: "The Harbour Times" };
    expect(markdownOf(await preparedNow(project, project.out, attributed))).toContain(
      "Originally published in The Harbour Times",
    );
    const elsewhere = join(project.out, "..", "elsewhere");
    await mkdir(elsewhere);
    expect(markdownOf(await preparedNow(project, elsewhere))).toContain("Harbour Bridge");
  });

  it("renders again when the source's text changed", async () => {
    const project = await exportedOnce();
    await writeFile(project.file, BRIDGE.replace("More bridges.", "More tunnels."));
    expect(markdownOf(await preparedNow(project, project.out))).toContain("More tunnels.");
  });
});
