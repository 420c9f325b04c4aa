import type { Embed } from "@broadsheet/article";
import { expect, test } from "vitest";
import { readBack } from "../../test-read-back.js";
import { renderEmbed } from "../render-body.js";

test("an embed is a lone link titled embed", () => {
  const block: Embed = {
    type: "embed",
    url: "https://youtube.com/watch?v=1",
    provider: "YouTube",
    fallback: "Watch",
  };
  expect(renderEmbed(block)).toBe('[Watch](https://youtube.com/watch?v=1 "embed: YouTube")');
  expect(readBack(renderEmbed(block)).blocks).toEqual([block]);
  const bare: Embed = { type: "embed", url: "https://x.org/v", fallback: "A [video] (3 min)" };
  expect(renderEmbed(bare)).toBe('[A \\[video\\] (3 min)](https://x.org/v "embed")');
  expect(readBack(renderEmbed(bare)).blocks).toEqual([bare]);
});
