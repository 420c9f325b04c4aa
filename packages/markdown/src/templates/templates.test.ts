import { describe, expect, test } from "vitest";
import { splitShortcodeCode } from "../portable/plain-inline.js";
import { liquidOutput } from "../test-liquid.js";
import { protectShortcodes } from "./hugo-shortcodes.js";
import { protectLiquid, unprotectLiquid } from "./liquid-raw.js";

describe("Liquid raw blocks", () => {
  const cases = [
    "{{ site.title }}",
    "{% include x.html %}",
    "{% endraw %}",
    "{%- endraw -%}",
    "{{ '{% endraw %}' }}",
    "{{}} {{{ {%{%",
    "`{{ x }}` in code",
    "a {{ b",
    "a {% b",
    "{{} }",
  ];

  test.each(cases)("%s is printed as written and never run", (text) => {
    const protectedText = protectLiquid(text);
    expect(liquidOutput(protectedText)).toBe(text);
    expect(unprotectLiquid(protectedText)).toBe(text);
  });

  test("text without {{ or {% is left alone", () => {
    expect(protectLiquid("50% off {x} }} %}")).toBe("50% off {x} }} %}");
  });

  test("the simulator runs what Liquid would run", () => {
    expect(() => liquidOutput("{{ x }}")).toThrow(/run/);
    expect(() => liquidOutput("{% raw %}{{ x }}{% endraw %} {% endraw %}")).toThrow(/run/);
    expect(() => liquidOutput("{% raw %}{{ x }}")).toThrow(/never closed/);
    expect(liquidOutput("{% raw %}{{ x }}{% endraw %}")).toBe("{{ x }}");
  });
});

describe("Hugo shortcodes", () => {
  test("a shortcode start in text has its second brace encoded", () => {
    expect(protectShortcodes("{{< youtube x >}} and {{% note %}} and {{ .Title }}")).toBe(
      "{&#123;< youtube x >}} and {&#123;% note %}} and {{ .Title }}",
    );
  });

  test("inline code with a shortcode start is split around its second brace", () => {
    expect(splitShortcodeCode([{ text: "a {{< b >}} {{%", marks: ["code"] }])).toEqual([
      { text: "a {", marks: ["code"] },
      { text: "{" },
      { text: "< b >}} {", marks: ["code"] },
      { text: "{" },
      { text: "%", marks: ["code"] },
    ]);
    expect(splitShortcodeCode([{ text: "{{ .Title }}", marks: ["code"] }])).toEqual([
      { text: "{{ .Title }}", marks: ["code"] },
    ]);
  });
});
