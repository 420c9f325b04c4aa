import { describe, expect, it } from "vitest";
import { resolveContentDir } from "./resolve-content-dir.js";

describe("resolveContentDir", () => {
  it("prefers BROADSHEET_CONTENT, then ./content", () => {
    expect(resolveContentDir({ BROADSHEET_CONTENT: "/srv/news" })).toEqual({
      dir: "/srv/news",
      fromEnv: true,
    });
    expect(resolveContentDir({ BROADSHEET_CONTENT: "" })).toEqual({
      dir: "content",
      fromEnv: false,
    });
    expect(resolveContentDir({})).toEqual({ dir: "content", fromEnv: false });
  });
});
