import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { TmuxSession, tmuxSessionsOfFile } from "@broadsheet/reader/testing";
import { describe, expect, it } from "vitest";
import { BIN, tempDir } from "../test-binary.js";

/**
 * End-to-end tests of `broadsheet read` in a real terminal: tmux, 100×30, one private server per
 * test, keys typed with send-keys and the screen read with capture-pane.
 */

const ESC = "\u001b";
const BEL = "\u0007";

/** A paragraph whose every other word names it, so any of its lines says where the reader is. */
function paragraph(id: string, words = 60): string {
  const filler = ["harbour", "bridge", "council", "ferry", "tide", "steel", "crane", "quay"];
  return Array.from({ length: words }, (_, i) =>
    i % 2 === 0 ? id : (filler[i % filler.length] as string),
  ).join(" ");
}

const SECTIONS = ["What it cost", "Who crossed first", "What comes next"];

/** A long article: a lead, three sections of eight paragraphs, "zeppelin" three times. */
function longArticle(headline = "The Harbour Bridge Reopens"): string {
  const body = [`${paragraph("lead")} zeppelin.`];
  SECTIONS.forEach((title, s) => {
    body.push(`## ${title}`);
    for (let p = 1; p <= 8; p++) {
      const extra = s === 1 && (p === 2 || p === 6) ? " zeppelin" : "";
      body.push(`${paragraph(`s${s + 1}p${p}`)}${extra}.`);
    }
  });
  return `---\nheadline: "${headline}"\ndatePublished: "2025-09-14T08:00:00+02:00"\narticleSection: City\ndateline:\n  place: "Malmö, Sweden"\n  source: AP\n---\n\n${body.join("\n\n")}\n`;
}

const { sessions, runTmux } = tmuxSessionsOfFile();

async function setup(files: Record<string, string> = { "article.md": longArticle() }) {
  const dir = await tempDir();
  await writeFiles(dir, files);
  const session = await TmuxSession.start({
    cwd: dir,
    env: { XDG_STATE_HOME: join(dir, "state") },
  });
  sessions.push(session);
  await session.command("echo BEFORE-READER-MARKER");
  await session.waitFor(/^BEFORE-READER-MARKER$/m);
  return { dir, session };
}

async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, ".."), { recursive: true });
    await writeFile(join(dir, name), text);
  }
}

function rows(screen: string): string[] {
  return screen.replace(/\n$/, "").split("\n");
}

/** The paragraph id (lead, s2p5…) of the first text row on screen. */
function topParagraph(screen: string): string | undefined {
  for (const row of rows(screen).slice(0, 3)) {
    const id = /\b(lead|s\d+p\d+)\b/.exec(row)?.[1];
    if (id) return id;
  }
  return undefined;
}

async function read(session: TmuxSession, args: string): Promise<void> {
  await session.command(`node ${BIN} read ${args}; echo "status=$?"`);
}

async function expectShellBack(session: TmuxSession, status: number): Promise<string> {
  const screen = await session.waitFor(`status=${status}`);
  expect(screen).toMatch(/^BEFORE-READER-MARKER$/m);
  expect(screen).not.toContain("h help");
  return screen;
}

/** The SGR sequences of a screen (capture-pane -e) that set a foreground colour: 30–38, 90–97. */
function colours(screen: string): string[] {
  return screen
    .split(`${ESC}[`)
    .slice(1)
    .map((part) => part.slice(0, part.indexOf("m")))
    .filter((parameters) => parameters.split(";").some((p) => /^(?:3[0-8]|9[0-7])$/.test(p)));
}

describe.runIf(runTmux)("broadsheet read in a terminal (tmux)", () => {
  it("opens an article, pages, searches, jumps by the table of contents, and quits back to the shell", async () => {
    const { session } = await setup();
    const title = await session.display("#{pane_title}");
    await read(session, "article.md");
    let screen = await session.waitFor(
      (s) => s.includes("The Harbour Bridge Reopens") && s.includes("min left"),
    );
    const lines = rows(screen);
    expect(lines).toHaveLength(30);
    expect(lines[28]).toMatch(/\d+%/);
    expect(lines[28]).toMatch(/min left/);
    expect(lines[29]?.trim()).toBe("");

    await session.press("Space");
    screen = await session.waitFor((s) => !s.includes("The Harbour Bridge Reopens"));
    const afterPage = topParagraph(screen);
    expect(afterPage).toBeDefined();
    await session.press("g");
    await session.waitFor("The Harbour Bridge Reopens");

    await session.type("/zeppelin");
    await session.press("Enter");
    await session.waitFor(/ 1\/3 /);
    await session.press("n");
    screen = await session.waitFor(/ 2\/3 /);
    expect(screen).toContain("s2p2");
    await session.press("N");
    await session.waitFor(/ 1\/3 /);

    await session.press("g", "]");
    screen = await session.waitFor((s) => /What it cost/.test(rows(s)[0] ?? ""));
    await session.press("]");
    await session.waitFor((s) => /Who crossed first/.test(rows(s)[0] ?? ""));
    await session.press("[");
    await session.waitFor((s) => /What it cost/.test(rows(s)[0] ?? ""));

    await session.press("t");
    await session.waitFor("Contents");
    await session.press("Down", "Down", "Enter");
    screen = await session.waitFor(
      (s) => /What comes next/.test(rows(s)[0] ?? "") && /What comes next/.test(rows(s)[28] ?? ""),
    );

    await session.press("h");
    await session.waitFor("Keys");
    await session.press("Escape");
    await session.waitFor((s) => !s.includes("Keys") && /What comes next/.test(rows(s)[0] ?? ""));

    await session.press("q");
    await expectShellBack(session, 0);
    expect(await session.display("#{pane_title}")).toBe(title);
  });

  it("reflows on resize and stays on the same paragraph", async () => {
    const { session } = await setup();
    await read(session, "article.md");
    await session.waitFor("The Harbour Bridge Reopens");
    await session.press("]", "]", "d", "j", "j");
    const before = await session.waitFor((s) => /s2p\d/.test(rows(s)[0] ?? ""));
    const paragraphBefore = topParagraph(before);
    await session.resize(60, 20);
    const after = await session.waitFor(
      (s) => rows(s).length === 20 && /min left/.test(rows(s)[18] ?? ""),
    );
    expect(rows(after).every((row) => row.length <= 60)).toBe(true);
    expect(topParagraph(after)).toBe(paragraphBefore);
    await session.resize(100, 30);
    const wide = await session.waitFor(
      (s) => rows(s).length === 30 && /min left/.test(rows(s)[28] ?? ""),
    );
    expect(topParagraph(wide)).toBe(paragraphBefore);
    await session.press("q");
    await expectShellBack(session, 0);
  });

  it("remembers where the reader left off, unless --no-resume", async () => {
    const { session } = await setup();
    await read(session, "article.md");
    await session.waitFor("The Harbour Bridge Reopens");
    await session.press("]", "]");
    await session.waitFor((s) => /Who crossed first/.test(rows(s)[0] ?? ""));
    await session.press("q");
    await expectShellBack(session, 0);
    await session.command("clear");
    await read(session, "article.md");
    await session.waitFor((s) => /Who crossed first/.test(rows(s)[0] ?? ""));
    await session.press("q");
    await session.waitFor("status=0");
    await session.command("clear");
    await read(session, "--no-resume article.md");
    await session.waitFor("The Harbour Bridge Reopens");
    await session.press("q");
    await session.waitFor("status=0");
  });

  it("gives the terminal back on Ctrl-C and on SIGTERM", async () => {
    const { session } = await setup();
    await read(session, "article.md");
    await session.waitFor("The Harbour Bridge Reopens");
    await session.press("C-c");
    await expectShellBack(session, 130);
    await session.command("clear; echo BEFORE-READER-MARKER");
    await session.waitFor((s) => /^BEFORE-READER-MARKER$/m.test(s) && !s.includes("status=130"));
    await read(session, "article.md");
    await session.waitFor("The Harbour Bridge Reopens");
    const [pid] = await session.childPids();
    expect(pid).toBeGreaterThan(0);
    process.kill(pid as number, "SIGTERM");
    await expectShellBack(session, 143);
  });

  it("lists the library, filters as you type, opens an article and comes back", async () => {
    const { session } = await setup({
      "content/bridge.md": longArticle("Harbour Bridge Reopens"),
      "content/tunnel.md": longArticle("Tunnel Opens Early").replace("2025-09-14", "2025-10-01"),
    });
    await read(session, "");
    let screen = await session.waitFor("Harbour Bridge Reopens");
    expect(screen.indexOf("Tunnel Opens Early")).toBeLessThan(
      screen.indexOf("Harbour Bridge Reopens"),
    );
    await session.type("harb");
    screen = await session.waitFor("Filter: harb");
    expect(screen).not.toContain("Tunnel Opens Early");
    await session.press("Enter");
    await session.waitFor((s) => s.includes("min left") && s.includes("Harbour Bridge Reopens"));
    await session.press("q");
    await session.waitFor("Filter: harb");
    await session.press("Escape");
    await session.waitFor("Tunnel Opens Early");
    await session.press("q");
    await expectShellBack(session, 0);
  });

  it("searches every article's text with /, shows the sentence that matched, and opens a hit", async () => {
    const tunnel = longArticle("Tunnel Opens Early")
      .replace("2025-09-14", "2025-10-01")
      .replace(" zeppelin.", ". The old ferry gave way to the airship.");
    const { session } = await setup({
      "content/bridge.md": longArticle("Harbour Bridge Reopens"),
      "content/tunnel.md": tunnel,
    });
    await read(session, "");
    await session.waitFor("Harbour Bridge Reopens");
    await session.type("/airsh");
    const screen = await session.waitFor(
      (shown) => shown.includes("Search: airsh") && shown.includes("1 of 2 articles"),
    );
    expect(screen).toContain("The old ferry gave way to the airship.");
    expect(screen).not.toContain("Harbour Bridge Reopens");
    await session.press("Enter");
    await session.waitFor((s) => s.includes("min left") && s.includes("Tunnel Opens Early"));
    await session.press("q");
    await session.waitFor("Search: airsh");
    await session.press("Escape");
    await session.waitFor("Harbour Bridge Reopens");
    await session.press("q");
    await expectShellBack(session, 0);
  });

  it("shows the library from the index kept by the last run, then follows an article added since", async () => {
    const { session, dir } = await setup({
      "content/bridge.md": longArticle("Harbour Bridge Reopens"),
    });
    await read(session, "");
    await session.waitFor("Harbour Bridge Reopens");
    await session.press("q");
    await expectShellBack(session, 0);
    await writeFiles(dir, {
      "content/tunnel.md": longArticle("Tunnel Opens Early").replace("2025-09-14", "2025-10-01"),
    });
    await read(session, "");
    const screen = await session.waitFor("Tunnel Opens Early");
    expect(screen).toContain("2 articles");
    await session.press("q");
    await session.waitFor((shown) => shown.split("status=0").length > 2);
  });

  it("colours by theme, and only with attributes under NO_COLOR", async () => {
    const { session } = await setup();
    await read(session, "--theme dark article.md");
    await session.waitFor("min left");
    expect(colours(await session.screenWithEscapes())).not.toEqual([]);
    await session.press("q");
    await session.waitFor("status=0");
    await session.command("clear");
    await session.command(`NO_COLOR=1 node ${BIN} read article.md; echo "status=$?"`);
    await session.waitFor("min left");
    const plain = await session.screenWithEscapes();
    expect(colours(plain)).toEqual([]);
    expect(plain).toContain("\u001b[7m");
    await session.press("q");
    await session.waitFor("status=0");
  });

  it("shows links as numbered references, or as hyperlinks when the terminal has them", async () => {
    const linked = longArticle().replace(
      "## What it cost",
      "Read [the council report](https://example.com/report) first.\n\n## What it cost",
    );
    const { session } = await setup({ "article.md": linked });
    await session.command(`FORCE_HYPERLINK=0 node ${BIN} read article.md; echo "status=$?"`);
    await session.waitFor("min left");
    await session.press("G");
    let screen = await session.waitFor("https://example.com/report");
    await session.press("g", "/", "council", "Enter");
    screen = await session.waitFor("1/1");
    expect(screen).toMatch(/the council report ?\[1\]/);
    await session.press("q");
    await session.waitFor("status=0");
    await session.command("clear");
    await session.command(`FORCE_HYPERLINK=1 node ${BIN} read article.md; echo "status=$?"`);
    await session.waitFor("min left");
    await session.press("/", "council", "Enter");
    screen = await session.waitFor("1/1");
    expect(screen).toContain("the council report first.");
    expect(screen).not.toContain("]8;");
    expect(screen).not.toContain("[1]");
    await session.press("q");
    await session.waitFor("status=0");
  });

  it("draws live even when CI is set (Ink would otherwise wait for the end)", async () => {
    const { session } = await setup();
    await session.command(`CI=true node ${BIN} read article.md; echo "status=$?"`);
    await session.waitFor("min left");
    await session.press("]");
    await session.waitFor((s) => /What it cost/.test(rows(s)[0] ?? ""));
    await session.press("q");
    await expectShellBack(session, 0);
  });

  it("writes first-screen and keypress timings to BROADSHEET_PROFILE_FILE", async () => {
    const { dir, session } = await setup();
    const profile = join(dir, "profile.jsonl");
    await session.command(
      `BROADSHEET_PROFILE_FILE=${profile} node ${BIN} read article.md; echo "status=$?"`,
    );
    await session.waitFor("min left");
    const events = async () =>
      (await readFile(profile, "utf8").catch(() => ""))
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line));
    // One key at a time: each waits for its own line in the profile.
    for (const [count, key] of ["j", "Space", "G", "g", "k"].entries()) {
      await session.press(key);
      await expect.poll(async () => (await events()).length).toBe(count + 2);
    }
    await session.press("q");
    await session.waitFor("status=0");
    const all = await events();
    expect(all[0]).toMatchObject({ event: "first-screen" });
    expect(all[0].ms).toBeGreaterThan(0);
    const keys = all.filter((event) => event.event === "keypress");
    expect(keys.map((event) => [event.key, event.repaint])).toEqual([
      ["j", true],
      [" ", true],
      ["G", true],
      ["g", true],
      ["k", false],
      ["q", true],
    ]);
    for (const event of keys) expect(event.ms).toBeGreaterThanOrEqual(0);
  });

  it("never lets an article's escape sequences reach the terminal", async () => {
    const hostile = [
      "Hostile Wire Copy Opens",
      "",
      "By Eve Mallory",
      "",
      `LONDON (AP) — Before-title ${ESC}]0;PWNED-TITLE${BEL} after-title, before-clip ${ESC}]52;c;c3RvbGVu${BEL} after-clip, before-clear ${ESC}[2J${ESC}[H after-clear, before-cr\rCR-OVERWRITE after-cr end-of-lead.`,
      "",
      `A second paragraph ${ESC}]2;SECOND-TITLE${ESC}\\ with an ST-terminated title and ${ESC}P+q544e${ESC}\\ a DCS query.`,
      "",
    ].join("\n");
    const { session } = await setup({ "hostile.txt": hostile });
    const title = await session.display("#{pane_title}");
    expect(await session.buffers()).toBe("");
    await read(session, "hostile.txt");
    const screen = await session.waitFor("end-of-lead");
    for (const text of [
      "Hostile Wire Copy Opens",
      "Before-title",
      "after-clear",
      "after-cr",
      "a DCS query",
    ])
      expect(screen).toContain(text);
    expect(screen.indexOf("Before-title")).toBeLessThan(screen.indexOf("end-of-lead"));
    expect(await session.display("#{pane_title}")).toBe(title);
    expect(await session.buffers()).toBe("");
    await session.press("q");
    await expectShellBack(session, 0);
    expect(await session.display("#{pane_title}")).toBe(title);
    expect(await session.buffers()).toBe("");

    // The same sequences printed raw do change the title and the buffers: the checks above can fail.
    await session.command(`printf '\\033]0;CONTROL-TITLE\\007\\033]52;c;Y29udHJvbA==\\007'`);
    await expect.poll(() => session.display("#{pane_title}")).toBe("CONTROL-TITLE");
    await expect.poll(() => session.buffers()).not.toBe("");
  });

  it("opens nothing for an invalid article, printing its errors without their escape sequences", async () => {
    const json = JSON.stringify({
      schemaVersion: 1,
      id: "x",
      slug: "x",
      headline: `Bad ${ESC}]0;PWNED-TITLE${BEL} headline`,
      [`${ESC}]52;c;c3RvbGVu${BEL}`]: true,
      body: [{ type: "paragraph", content: [{ text: `text ${ESC}[2J` }] }],
    });
    const { session } = await setup({ "bad.json": json });
    const title = await session.display("#{pane_title}");
    await read(session, "bad.json");
    const screen = await session.waitFor("status=1");
    expect(screen).toMatch(/^broadsheet: bad\.json: headline: /m);
    expect(screen).toMatch(/^BEFORE-READER-MARKER$/m);
    expect(await session.display("#{pane_title}")).toBe(title);
    expect(await session.buffers()).toBe("");
  });
});
