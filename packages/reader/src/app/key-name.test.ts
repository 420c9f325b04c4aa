import type { Key } from "ink";
import { describe, expect, it } from "vitest";
import { isF1, keyName, keyNames } from "./key-name.js";

function key(flags: Partial<Key> = {}): Key {
  return {
    upArrow: false,
    downArrow: false,
    leftArrow: false,
    rightArrow: false,
    pageDown: false,
    pageUp: false,
    home: false,
    end: false,
    return: false,
    escape: false,
    ctrl: false,
    shift: false,
    tab: false,
    backspace: false,
    delete: false,
    meta: false,
    super: false,
    hyper: false,
    capsLock: false,
    numLock: false,
    ...flags,
  };
}

describe("keyName", () => {
  it("names Ink's special keys", () => {
    expect(keyName("", key({ downArrow: true }))).toBe("down");
    expect(keyName("", key({ pageUp: true }))).toBe("pageup");
    expect(keyName("", key({ home: true }))).toBe("home");
    expect(keyName("\r", key({ return: true }))).toBe("enter");
    expect(keyName("", key({ escape: true, meta: true }))).toBe("escape");
    expect(keyName("", key({ delete: true }))).toBe("backspace");
  });

  it("names control keys and leaves printable ones as they are", () => {
    expect(keyName("c", key({ ctrl: true }))).toBe("ctrl-c");
    expect(keyName("d", key({ ctrl: true }))).toBe("ctrl-d");
    expect(keyName("z", key({ ctrl: true }))).toBe("");
    expect(keyName("G", key({ shift: true }))).toBe("G");
    expect(keyName("/", key())).toBe("/");
  });
});

describe("keyNames", () => {
  it("splits a run of characters that arrived together into keys", () => {
    expect(keyNames("jjj", key())).toEqual(["j", "j", "j"]);
    expect(keyNames("bridge\r", key())).toEqual([..."bridge", "enter"]);
    expect(keyNames("j", key())).toEqual(["j"]);
    expect(keyNames("", key({ upArrow: true }))).toEqual(["up"]);
  });

  it("keeps characters outside the BMP whole", () => {
    expect(keyNames("😀x", key())).toEqual(["😀", "x"]);
  });
});

describe("isF1", () => {
  it("knows F1 as xterm, rxvt and the Linux console send it", () => {
    for (const sequence of ["\u001bOP", "\u001b[11~", "\u001b[[A"])
      expect(isF1(sequence)).toBe(true);
    expect(isF1("\u001bOQ")).toBe(false);
  });
});
