import { minimalArticle as article } from "@broadsheet/article/testing";
import { render } from "ink-testing-library";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { articleLibrary } from "../app/library-entries.js";
import type { LibraryEntry, LibrarySource, SearchResults } from "../app/library-source.js";
import { resolveTheme } from "../app/themes.js";
import { type LibraryState, LibraryView } from "./LibraryView.js";
import { KEYS, plainRows, press, settle } from "./test-views.js";

const theme = resolveTheme("dark", {}, true);
const library = articleLibrary([
  {
    file: "content/tunnel.md",
    article: article({
      id: "t",
      slug: "tunnel",
      headline: "Tunnel Opens Early",
      articleSection: "Transport",
      datePublished: "2025-10-01T07:30:00Z",
    }),
  },
  {
    file: "content/bridge.md",
    article: article({
      id: "b",
      slug: "bridge",
      headline: "Harbour Bridge Reopens",
      articleSection: "City",
      datePublished: "2025-09-14T08:00:00+02:00",
    }),
  },
  {
    file: "content/quay.md",
    article: article({
      id: "q",
      slug: "quay",
      headline: "Quayside Market Returns",
      body: [
        {
          type: "paragraph",
          content: [{ text: "Stalls came back. The harbour ferry brought crowds." }],
        },
      ],
    }),
  },
]);
const entries = library.page("", 0, 3);

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

interface HarnessProps {
  start: LibraryState;
  source?: LibrarySource;
  onOpen: (entry: LibraryEntry) => void;
  onQuit: (how: "quit" | "interrupt") => void;
}

/** The library view with its state kept, as ReaderApp keeps it. */
function Harness({ start, onOpen, onQuit, source = library }: HarnessProps) {
  const [state, setState] = useState(start);
  return (
    <LibraryView
      library={source}
      source="content"
      notes={["1 file could not be read"]}
      state={state}
      onChange={setState}
      onOpen={onOpen}
      onQuit={onQuit}
      columns={100}
      rows={12}
      theme={theme}
    />
  );
}

async function open(
  start: LibraryState = { filter: "", selected: 0 },
  source: LibrarySource = library,
) {
  const onOpen = vi.fn<(entry: LibraryEntry) => void>();
  const onQuit = vi.fn();
  const view = render(<Harness start={start} onOpen={onOpen} onQuit={onQuit} source={source} />);
  cleanup = view.unmount;
  await settle();
  const screen = () => plainRows(view.lastFrame());
  const chosen = () => screen().find((row) => row.startsWith("▸")) ?? "";
  return { ...view, onOpen, onQuit, screen, chosen };
}

describe("LibraryView", () => {
  it("lists every article with its date, reading time, section and headline, in order", async () => {
    const view = await open();
    const screen = view.screen();
    expect(screen).toHaveLength(11);
    expect(screen[0]).toBe("Broadsheet · content · 3 articles");
    expect(screen[1]).toBe("Type to filter · / to search the text");
    expect(screen[2]).toMatch(/^▸ 2025-10-01 +1 min +Transport +Tunnel Opens Early/);
    expect(screen[3]).toMatch(/^ {2}2025-09-14 +1 min +City +Harbour Bridge Reopens/);
    expect(screen[4]).toMatch(/^ {2}undated +1 min +Quayside Market Returns/);
    expect(screen[10]).toMatch(/1 file could not be read .*↑↓ choose · Enter read · q quit/);
  });

  it("moves the choice with the arrow keys and opens it with Enter", async () => {
    const view = await open();
    await press(view.stdin, KEYS.down, KEYS.down, KEYS.down, KEYS.up);
    expect(view.chosen()).toContain("Harbour Bridge Reopens");
    await press(view.stdin, KEYS.enter);
    expect(view.onOpen).toHaveBeenCalledWith(entries[1]);
  });

  it("filters as you type (q is a letter once something is typed), and clears with Esc before quitting", async () => {
    const view = await open();
    await press(view.stdin, "a", "y");
    expect(view.screen()[1]).toBe("Filter: ay▏");
    expect(view.screen()[0]).toBe("Broadsheet · content · 1 of 3 articles");
    expect(view.chosen()).toContain("Quayside Market Returns");
    await press(view.stdin, "q");
    expect(view.onQuit).not.toHaveBeenCalled();
    expect(view.screen().join("\n")).toContain("No article matches “ayq”.");
    await press(
      view.stdin,
      KEYS.backspace,
      KEYS.backspace,
      KEYS.backspace,
      "b",
      "r",
      "i",
      KEYS.enter,
    );
    expect(view.onOpen).toHaveBeenCalledWith(entries[1]);
    await press(view.stdin, KEYS.escape);
    expect(view.screen()[1]).toBe("Type to filter · / to search the text");
    expect(view.onQuit).not.toHaveBeenCalled();
    await press(view.stdin, "q");
    expect(view.onQuit).toHaveBeenCalledWith("quit");
  });

  it("quits with Esc when nothing is typed, and on Ctrl-C", async () => {
    const view = await open();
    await press(view.stdin, KEYS.escape);
    expect(view.onQuit).toHaveBeenCalledWith("quit");
    const other = await open();
    await press(other.stdin, "x", KEYS.ctrlC);
    expect(other.onQuit).toHaveBeenCalledWith("interrupt");
  });

  it("searches the full text with /, shows the matching sentence, opens a hit and goes back with Esc", async () => {
    const view = await open();
    await press(view.stdin, "/", "f", "e");
    expect(view.screen().join("\n")).toContain(
      "Type 3 letters or more to search every article's text.",
    );
    expect(view.screen()[0]).toBe("Broadsheet · content · 3 articles");
    await press(view.stdin, "r", "r", "y");
    expect(view.screen()[1]).toBe("Search: ferry▏");
    expect(view.screen()[0]).toBe("Broadsheet · content · 1 of 3 articles");
    expect(view.chosen()).toContain("Quayside Market Returns");
    expect(view.screen()[3]).toBe("    The harbour ferry brought crowds.");
    await press(view.stdin, KEYS.enter);
    expect(view.onOpen).toHaveBeenCalledWith(expect.objectContaining({ key: "content/quay.md" }));
    await press(view.stdin, "q", "x");
    expect(view.onQuit).not.toHaveBeenCalled();
    expect(view.screen().join("\n")).toContain("No article mentions “ferryqx”.");
    await press(view.stdin, KEYS.escape);
    expect(view.screen()[1]).toBe("Type to filter · / to search the text");
    expect(view.onQuit).not.toHaveBeenCalled();
  });

  it("follows the library when it says it changed: tally and rows", async () => {
    let current = articleLibrary([]);
    const listeners = new Set<() => void>();
    const changing: LibrarySource = {
      count: (filter) => current.count(filter),
      page: (filter, offset, limit) => current.page(filter, offset, limit),
      search: (query, limit) => current.search(query, limit),
      open: (entry) => current.open(entry),
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    const view = render(
      <LibraryView
        library={changing}
        source="content"
        notes={[]}
        state={{ filter: "", selected: 0 }}
        onChange={() => {}}
        onOpen={() => {}}
        onQuit={() => {}}
        columns={100}
        rows={12}
        theme={theme}
      />,
    );
    cleanup = view.unmount;
    await settle();
    expect(plainRows(view.lastFrame())[2]).toBe("  No articles here yet.");
    current = library;
    for (const listener of listeners) listener();
    await settle();
    const screen = plainRows(view.lastFrame());
    expect(screen[0]).toBe("Broadsheet · content · 3 articles");
    expect(screen[2]).toMatch(/^▸ 2025-10-01 .*Tunnel Opens Early/);
  });

  it("keeps the hits shown while a search answers later, then shows its own", async () => {
    const answers: ((results: SearchResults | undefined) => void)[] = [];
    const later: LibrarySource = {
      ...library,
      search: () => new Promise((resolve) => answers.push(resolve)),
    };
    const view = await open({ filter: "", search: "", selected: 0 }, later);
    await press(view.stdin, "f", "e", "r");
    expect(view.screen()[0]).toBe("Broadsheet · content · searching 3 articles…");
    expect(view.screen()[1]).toBe("Search: fer▏");
    expect(view.screen().join("\n")).not.toContain("No article mentions");
    answers.at(-1)?.(library.search("ferry", 10));
    await settle();
    expect(view.screen()[0]).toBe("Broadsheet · content · 1 of 3 articles");
    expect(view.chosen()).toContain("Quayside Market Returns");
    await press(view.stdin, "r");
    expect(view.screen()[0]).toBe("Broadsheet · content · searching 3 articles…");
    expect(view.chosen()).toContain("Quayside Market Returns");
    answers.at(-1)?.(library.search("bridge", 10));
    await settle();
    expect(view.chosen()).toContain("Harbour Bridge Reopens");
  });

  it("keeps the filter and choice it was given", async () => {
    const view = await open({ filter: "e", selected: 1 });
    expect(view.screen()[1]).toBe("Filter: e▏");
    expect(view.chosen()).toContain("Harbour Bridge Reopens");
  });
});
