import type { Block } from "@broadsheet/article";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { block, inlineOf } from "../test-arbitraries.js";
import { ALL_TEXT_FILTERS as FILTERS } from "../test-text-filters.js";
import { quietBlock, quietBlockOptions } from "./quiet-block.js";
import { renderBlock } from "./render-block.js";
import { renderInlineEscaped } from "./render-inline.js";
import type { TextFilter } from "./text-filter.js";

const QUIET = [..."abcXYZéß日 ,.;:'’“”\"?()%/—–-0123456789²#>+=|{}$^…", "Table: ", "1. ", "- "];

const quietText = fc
  .array(fc.constantFrom(...QUIET), { minLength: 1, maxLength: 12 })
  .map((words) => words.join(""));

const quietContent = fc.oneof(
  { weight: 3, arbitrary: quietText.map((text) => [{ text }]) },
  { weight: 1, arbitrary: inlineOf(quietText) },
);

const quietLooking: fc.Arbitrary<Block> = fc.oneof(
  quietContent.map((content) => ({ type: "paragraph" as const, content })),
  fc
    .record({ level: fc.constantFrom(2 as const, 3 as const, 4 as const), content: quietContent })
    .map(({ level, content }) => ({ type: "heading" as const, level, content })),
);

/** The paragraph or heading as the full renderer writes it, every character weighed. */
function escapedBlock(block: Block, textFilter: TextFilter | undefined): string | undefined {
  if (block.type === "paragraph") return renderInlineEscaped(block.content, { textFilter });
  if (block.type !== "heading") return undefined;
  const text = renderInlineEscaped(block.content, {
    lineStart: false,
    breaks: "entity",
    heading: true,
    textFilter,
  });
  return `${"#".repeat(block.level)} ${text}`;
}

const anyBlock = fc.oneof({ weight: 2, arbitrary: quietLooking }, { weight: 1, arbitrary: block });

describe("quietBlock", () => {
  it("writes exactly what renderBlock and the full inline renderer write, whenever it writes anything", () => {
    let taken = 0;
    fc.assert(
      fc.property(
        anyBlock,
        fc.option(anyBlock, { nil: undefined }),
        fc.constantFrom(...FILTERS),
        fc.boolean(),
        (current, previous, textFilter, markers) => {
          const quiet = quietBlock(current, previous, quietBlockOptions(textFilter));
          if (quiet === undefined) return;
          taken++;
          expect(quiet).toBe(renderBlock(current, { previous, textFilter, markers }));
          expect(quiet).toBe(escapedBlock(current, textFilter));
        },
      ),
      { numRuns: 5_000 },
    );
    expect(taken).toBeGreaterThan(1_000);
  });

  it("leaves a paragraph after a table, and every other block, to renderBlock", () => {
    const table: Block = { type: "table", header: [[{ text: "a" }]], rows: [[[{ text: "1" }]]] };
    const caption: Block = { type: "paragraph", content: [{ text: "Table: x" }] };
    const options = quietBlockOptions(undefined);
    expect(quietBlock(caption, table, options)).toBeUndefined();
    expect(quietBlock(caption, undefined, options)).toBe("Table: x");
    expect(quietBlock({ type: "divider" }, undefined, options)).toBeUndefined();
  });
});
