import type { Inline } from "@broadsheet/article";
import { describe, expect, test } from "vitest";
import { renderInline } from "../render/render-inline.js";
import type { TextFilter } from "../render/text-filter.js";
import { escapeMathDollars } from "./escape-math-dollars.js";
import { goldmarkText } from "./goldmark-text.js";
import { hashnodeText } from "./hashnode-text.js";
import { kramdownText } from "./kramdown-text.js";
import { redcarpetText } from "./redcarpet-text.js";

const write = (textFilter: TextFilter, text: string | Inline, heading = false) =>
  renderInline(typeof text === "string" ? [{ text }] : text, { textFilter, heading });

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
