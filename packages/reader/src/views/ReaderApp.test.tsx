import type { Article } from "@broadsheet/article";
import { render } from "ink-testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { articleLibrary } from "../app/library-entries.js";
import { resolveTheme } from "../app/themes.js";
import type { ReadingAnchor } from "../layout/layout-types.js";
import { type Positions, ReaderApp, type ReaderStart } from "./ReaderApp.js";
import { KEYS, longArticle, plainRows, press, SECTIONS, settle } from "./test-views.js";

const theme = resolveTheme("light", {}, false);
const bridge = longArticle({ id: "bridge", slug: "bridge", headline: "Harbour Bridge Reopens" });
const tunnel = longArticle({ id: "tunnel", slug: "tunnel", headline: "Tunnel Opens Early" });

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

function memoryPositions(saved: Record<string, ReadingAnchor> = {}) {
  const log: string[] = [];
  const positions: Positions = {
    load: (article: Article) => saved[article.id],
    update: () => {},
    save: (article, anchor) => {
      saved[article.id] = anchor;
      log.push(`save ${article.id} ${anchor.block}`);
    },
  };
  return { positions, saved, log };
}

async function open(start: ReaderStart, positions: Positions) {
  const onDone = vi.fn();
  const view = render(
    <ReaderApp
      start={start}
      preferredWidth={72}
      hyperlinks={false}
      theme={theme}
      positions={positions}
      onDone={onDone}
      size={{ columns: 100, rows: 14 }}
    />,
  );
  cleanup = view.unmount;
  await settle();
  return { ...view, onDone, screen: () => plainRows(view.lastFrame()) };
}

describe("ReaderApp", () => {
  it("opens an article, saves the position on q and quits", async () => {
    const memory = memoryPositions();
    const view = await open({ kind: "article", article: bridge }, memory.positions);
    expect(view.screen()[0]).toContain("Harbour Bridge Reopens");
    await press(view.stdin, "]", "q");
    expect(memory.log).toEqual(["save bridge 1"]);
    expect(view.onDone).toHaveBeenCalledWith("quit");
  });

  it("resumes an article where it was left", async () => {
    const memory = memoryPositions({ bridge: { block: 1, fraction: 0 } });
    const view = await open({ kind: "article", article: bridge }, memory.positions);
    expect(view.screen()[0]).toContain(SECTIONS[0]);
  });

  it("goes from the library to an article and back, keeping the filter", async () => {
    const memory = memoryPositions({ tunnel: { block: 1, fraction: 0 } });
    const start: ReaderStart = {
      kind: "library",
      library: articleLibrary([
        { file: "t.md", article: tunnel },
        { file: "b.md", article: bridge },
      ]),
      source: "content",
      notes: [],
    };
    const view = await open(start, memory.positions);
    await press(view.stdin, "t", "u", "n", KEYS.enter);
    expect(view.screen()[0]).toContain(SECTIONS[0]);
    expect(view.screen().at(-1)).toContain(SECTIONS[0]);
    await press(view.stdin, "j", "q");
    expect(view.onDone).not.toHaveBeenCalled();
    expect(memory.log).toEqual(["save tunnel 1"]);
    expect(view.screen()[1]).toBe("Filter: tun▏");
    await press(view.stdin, KEYS.escape, KEYS.down, KEYS.enter);
    expect(view.screen()[0]).toContain("Harbour Bridge Reopens");
    await press(view.stdin, KEYS.ctrlC);
    expect(view.onDone).toHaveBeenCalledWith("interrupt");
    await settle();
  });
});
