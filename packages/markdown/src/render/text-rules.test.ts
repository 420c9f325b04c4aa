import type { Inline } from "@broadsheet/article";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { PROFILE_NAMES, PROFILES } from "../profiles/index.js";
import { flankingInline, inlineOf } from "../test-arbitraries.js";
import { hostileStrings, TEXT_GROUPS } from "../test-hostile-strings.js";
import { type InlineOptions, renderInline } from "./render-inline.js";
import { FAST_PATHS, type TextFilter, textFilter } from "./text-filter.js";
import { READERS, RULES } from "./text-rules.js";

const escapeMathDollars = textFilter("github");
const goldmarkText = textFilter("goldmark");
const hashnodeText = textFilter("hashnode");
const kramdownText = textFilter("kramdown");
const redcarpetText = textFilter("redcarpet", "forem");

const write = (textFilter: TextFilter, text: string | Inline, heading = false) =>
  renderInline(typeof text === "string" ? [{ text }] : text, { textFilter, heading });

describe("the table", () => {
  test("names only known readers, and each rule's patterns compile", () => {
    const readers = Object.keys(READERS);
    for (const rule of RULES) {
      for (const reader of rule.readers) expect(readers).toContain(reader);
    }
    expect(() => textFilter(...(readers as (keyof typeof READERS)[]))).not.toThrow();
  });

  test("this run takes the fast path unless it is the run without", ({ task }) => {
    expect(FAST_PATHS.byDefault).toBe(task.file.projectName !== "no fast paths");
  });
});

const PLACES: InlineOptions[] = [
  {},
  { lineStart: false, breaks: "entity", heading: true },
  { lineStart: false, breaks: "entity", pipes: true },
  { lineStart: false, linkText: true },
  { blockStart: false },
];

const CONTENT = hostileStrings(...TEXT_GROUPS).map((entry): Inline => [{ text: entry.text }]);

describe("the fast path (the screens built from the table) writes what looking at every character writes", () => {
  for (const name of PROFILE_NAMES) {
    test(name, () => {
      const { screened, unscreened } = PROFILES[name].textFilter;
      const same = (content: Inline) => {
        for (const place of PLACES) {
          expect(renderInline(content, { ...place, textFilter: screened })).toBe(
            renderInline(content, { ...place, textFilter: unscreened }),
          );
        }
      };
      for (const content of CONTENT) same(content);
      fc.assert(fc.property(fc.oneof(inlineOf(), flankingInline), same), { numRuns: 300 });
    });
  }
});

describe("what the platforms read in text (platform-text.test.ts checks the real ones)", () => {
  const gfm = PROFILES.gfm.textFilter;
  const astro = PROFILES.astro.textFilter;
  const devto = PROFILES.devto.textFilter;
  const hugo = PROFILES.hugo.textFilter;

  test("cmark-gfm finds autolinks after escapes are decoded: a reference, or a comment for e-mail", () => {
    expect(write(gfm, "https://x.example www.x.example news@example.com")).toBe(
      "https&#58;//x.example www&#46;x.example news<!---->\\@example.com",
    );
  });

  test("remark finds them in text nodes: an empty comment splits them, and two backticks", () => {
    expect(write(astro, "https://x.example WWW.x.example a@b.example ``")).toBe(
      "https<!---->\\://x.example WWW<!---->.x.example a<!---->\\@b.example \\`<!---->\\`",
    );
  });

  test("pandoc and GitHub read emoji names, and pandoc autolinks in link text", () => {
    expect(write(gfm, ":smile: at 10:30")).toBe(":smile<!---->&#58; at 10:30");
    expect(write(gfm, [{ text: "a@b.example", href: "mailto:a@b.example" }])).toBe(
      "[a\\@b.example](mailto:a@b.example)",
    );
  });

  test("Redcarpet: < and backticks as references, a heading's last #, emphasis in a word as a tag", () => {
    expect(write(devto, "x<y and `a` and ```")).toBe("x&#60;y and &#96;a&#96; and &#96;&#96;&#96;");
    expect(write(devto, "C# and F#", true)).toBe("C# and F&#35;");
    expect(write(devto, "Heading \\##", true)).toBe("Heading \\\\#&#35;");
    expect(
      write(devto, [{ text: "un" }, { text: "believ", marks: ["em"] }, { text: "able" }]),
    ).toBe("un<em>believ</em>able");
  });

  test("Goldmark drops raw HTML: runs that would not flank are split by comments, not tags", () => {
    const marks: Inline = [
      { text: "end!", marks: ["strong"] },
      { text: "struck", marks: ["strike"] },
    ];
    expect(write(textFilter(), marks)).toBe("<strong>end!</strong>~~struck~~");
    expect(write(hugo, marks)).toBe("**end!**<!---->~~struck~~");
  });
});

describe("GitHub math", () => {
  test("one dollar stays as it is; two or more are escaped", () => {
    expect(write(escapeMathDollars, "passed $4 a pound")).toBe("passed $4 a pound");
    expect(write(escapeMathDollars, "$5 and $10")).toBe("\\$5 and \\$10");
    expect(write(escapeMathDollars, [{ text: "$" }, { text: "$x$", marks: ["code"] }])).toBe(
      "$`$x$`",
    );
  });
});

describe("kramdown", () => {
  test("pipes, math, attribute lists, guillemets and definitions are escaped", () => {
    expect(write(kramdownText, "A | B")).toBe("A \\| B");
    expect(write(kramdownText, "$$x$$ costs $4")).toBe("\\$\\$x\\$\\$ costs $4");
    expect(write(kramdownText, "{: .class} and {#id}")).toBe("\\{: .class} and \\{#id}");
    expect(write(kramdownText, "a >> b")).toBe("a \\>> b");
    expect(write(kramdownText, ": a definition")).toBe("\\: a definition");
  });

  test("& and @, which kramdown cannot escape, become character references", () => {
    expect(write(kramdownText, "&amp; and foo@bar.com")).toBe("&#38;amp; and foo&#64;bar.com");
  });

  test("a caret alone on a line is encoded; hard breaks are two spaces", () => {
    expect(write(kramdownText, "a\n^\nb")).toBe("a  \n&#94;  \nb");
    expect(write(kramdownText, "a \nb")).toBe("a&#32;  \nb");
    expect(write(kramdownText, [{ text: "\na", marks: ["strong"] }])).toBe("**&#10;a**");
  });
});

describe("Redcarpet and Liquid (dev.to)", () => {
  test("underscores, carets and @ are escaped the way Redcarpet reads them", () => {
    expect(write(redcarpetText, "snake_case 2^10 foo@bar.com")).toBe(
      "snake\\_case 2\\^10 foo&#64;bar.com",
    );
  });

  test("hard breaks are bare newlines (hard_wrap); a backslash before one is escaped", () => {
    expect(write(redcarpetText, "a\nb")).toBe("a\nb");
    expect(write(redcarpetText, "a\\\nb")).toBe("a\\\\\nb");
  });

  test("Forem's data-URL check is broken up", () => {
    expect(write(redcarpetText, 'data:text/html src="data')).toBe('data\\:text/html src\\="data');
  });

  test("Liquid in text is wrapped in raw blocks; code is left to Forem", () => {
    expect(write(redcarpetText, "{{ x }} and {% y %}")).toBe(
      "{% raw %}{{{% endraw %} x }} and {% raw %}{%{% endraw %} y %}",
    );
    expect(write(redcarpetText, "{{}}")).toBe("{% raw %}{{}}{% endraw %}");
    expect(write(redcarpetText, [{ text: "{{ x }}", marks: ["code"] }])).toBe("`{{ x }}`");
  });
});

describe("Goldmark (Hugo)", () => {
  test("definition lines and heading attributes do not act", () => {
    expect(write(goldmarkText, "a\n: b")).toBe("a\\\n\\: b");
    expect(write(goldmarkText, "Sets {#id}", true)).toBe("Sets &#123;#id}");
    expect(write(goldmarkText, "Sets {#id}")).toBe("Sets {#id}");
  });
});

describe("Hashnode", () => {
  test("embed, widget and math triggers become character references", () => {
    expect(write(hashnodeText, "%[https://x.example] %%[w] $$x$$")).toBe(
      "&#37;[https\\://x.example] %&#37;[w] &#36;&#36;x&#36;&#36;",
    );
    expect(write(hashnodeText, [{ text: "%" }, { text: "a", href: "https://x.example" }])).toBe(
      "&#37;[a](https://x.example)",
    );
  });
});
