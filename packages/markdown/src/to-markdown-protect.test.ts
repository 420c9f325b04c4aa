import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PARSER_FAMILY } from "./parser-family.js";
import { PROFILES } from "./profiles/index.js";
import { renderBody } from "./render/render-body.js";
import { articleOf } from "./test-arbitraries.js";
import { toMarkdown } from "./to-markdown.js";

const PROTECTING = ["hugo", "jekyll"] as const;

describe("toMarkdown with a protection pass", () => {
  it("writes the head, the protected whole body and a line end, as one pass over the joined body would", () => {
    const withProtect = Object.entries(PROFILES).filter(([, profile]) => profile.protect);
    expect(withProtect.map(([name]) => name)).toEqual([...PROTECTING]);
    let changed = 0;
    fc.assert(
      fc.property(articleOf(), fc.constantFrom(...PROTECTING), (article, name) => {
        const profile = PROFILES[name];
        const protect = profile.protect as (markdown: string) => string;
        const body = renderBody(profile.body(article, {}), {
          markers: profile.markers,
          textFilter: profile.textFilter,
          family: PARSER_FAMILY[name],
        });
        const protectedBody = protect(body);
        if (protectedBody !== body) changed++;
        expect(toMarkdown(article, { profile: name })).toBe(
          `${profile.head(article, {})}${protectedBody}\n`,
        );
      }),
      { numRuns: 2_000 },
    );
    expect(changed).toBeGreaterThan(100);
  }, 60_000);
});
