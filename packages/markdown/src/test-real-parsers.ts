import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestContext } from "vitest";

/** What a rendered page shows of the constructs the writer picks forms for. */
export interface PageView {
  /** Each list: its first visible number (null for bullets) and its items' text. */
  lists: { start: number | null; items: string[] }[];
  /** The text of each `<code>`. */
  codes: string[];
  /** Each image's alt text. */
  alts: string[];
  /** Each link's href, as the page holds it. */
  hrefs: string[];
  /** Each image's src. */
  srcs: string[];
  /** The text of each table cell, header cells first, row by row. */
  cells: string[];
  /** The text of each paragraph. */
  paragraphs: string[];
}

/** A platform whose real parser the tests run: Jekyll's kramdown, dev.to's Forem pipeline, Hugo. */
export type RealParser = "kramdown" | "forem" | "hugo";

const VIEW = `
view = lambda do |html|
  doc = Nokogiri::HTML.fragment(html)
  doc.css("br").each do |line_break|
    after = line_break.next
    after.content = after.content.sub(/\\A\\n/, "") if after&.text?
    line_break.replace("\\n")
  end
  {
    "lists" => doc.css("ol, ul").map { |list|
      { "start" => list.name == "ol" ? (list["start"] || "1").to_i : nil,
        "items" => list.css("> li").map { |item| item.text.strip } }
    },
    "codes" => doc.css("code").map(&:text),
    "alts" => doc.css("img").map { |image| image["alt"] },
    "hrefs" => doc.css("a[href]").map { |link| link["href"] },
    "srcs" => doc.css("img").map { |image| image["src"] },
    "cells" => doc.css("td, th").map { |cell| cell.text.strip },
    "paragraphs" => doc.css("p").map { |paragraph| paragraph.text.strip },
  }
end
`;

/** Jekyll 4's defaults: Liquid over the file, then kramdown with its GFM parser. */
const KRAMDOWN = `
require "kramdown"; require "kramdown-parser-gfm"; require "liquid"
render = lambda do |markdown|
  source = Liquid::Template.parse(markdown).render
  Kramdown::Document.new(source, input: "GFM", hard_wrap: false, auto_ids: true,
    entity_output: "as_char", smart_quotes: "lsquo,rsquo,ldquo,rdquo", footnote_nr: 1,
    show_warnings: false, syntax_highlighter: nil).to_html
end
`;

/**
 * Forem's MarkdownProcessor::Parser#finalize: code spans wrapped in raw blocks, Redcarpet with
 * Forem's options and hard_wrap and its HTMLRouge renderer's image and link (alt text, title
 * and href written into the attribute as they are), the HTML sanitized with its RenderedMarkdownScrubber (tags and
 * attributes allowed, {% and %} taken out of attribute values), Liquid, then Redcarpet again.
 */
const FOREM = `
require "redcarpet"; require "liquid"; require "rails-html-sanitizer"
class ForemHtml < Redcarpet::Render::HTML
  def image(link, title, alt_text)
    title_attr = title ? %( title="#{title}") : ""
    alt_text_attr = alt_text ? %( alt="#{alt_text}") : ""
    %(<img src="#{link}"#{title_attr}#{alt_text_attr}/>)
  end

  def link(link, _title, content)
    return nil if /<a\\s.+\\/a>/.match?(content)
    return %(<a href="#{link}">#{content}</a>) if %r{https?://\\S+}.match?(link) || link.nil? || %r{\\w+:}.match?(link)
    /\\.{1}/.match?(link) ? %(<a href="//#{link}">#{content}</a>) : %(<a href="https://dev.to#{link}">#{content}</a>)
  end
end
class ForemScrubber < Rails::Html::PermitScrubber
  def initialize
    super
    self.tags = %w[a abbr add b blockquote br button center cite code col colgroup dd del dl dt em
      figcaption h1 h2 h3 h4 h5 h6 hr img kbd li mark ol p pre q rp rt ruby small source span strong
      sub sup table tbody td tfoot th thead time tr u ul video]
    self.attributes = %w[alt colspan data-conversation data-lang data-no-instant data-url href id
      loop name ref rel rowspan span src start title type value width controls]
  end
  def scrub_attributes(node)
    node.attributes.each_value { |attribute| attribute.value = attribute.value.gsub(/\\{%|%\\}/, "") }
    super
  end
end
OPTIONS = { autolink: true, no_intra_emphasis: true, fenced_code_blocks: true, lax_html_blocks: true,
  lax_spacing: true, strikethrough: true, superscript: false, tables: true, footnotes: true }
CODE = /[[:space:]]*~{3}.*?~{3}|[[:space:]]*\`{3}.*?\`{3}|\`{2}.+?\`{2}|\`{1}.+?\`{1}/m
render = lambda do |markdown|
  redcarpet = Redcarpet::Markdown.new(ForemHtml.new(hard_wrap: true, filter_html: false), OPTIONS)
  source = markdown.gsub(CODE) do |code|
    code = code.gsub("{% endraw %}", "{----% endraw %----}").gsub("{% raw %}", "{----% raw %----}")
    code.match?(/[[:space:]]*\`{3}/) ? "\\n{% raw %}\\n#{code}\\n{% endraw %}\\n" : "{% raw %}#{code}{% endraw %}"
  end
  html = Loofah.fragment(redcarpet.render(source)).scrub!(ForemScrubber.new).to_s
  begin
    redcarpet.render(Liquid::Template.parse(html).render)
  rescue Liquid::SyntaxError => error
    "<p>#{error.message}</p>"
  end
end
`;

const RUN = `
require "json"; require "nokogiri"
puts JSON.generate(JSON.parse(STDIN.read).map { |markdown| view.call(render.call(markdown)) })
`;

const SCRIPTS: Record<RealParser, string> = {
  kramdown: KRAMDOWN,
  forem: FOREM,
  hugo: "render = lambda { |html| html }",
};
const LIBRARIES: Record<RealParser, string[]> = {
  kramdown: ["kramdown", "kramdown-parser-gfm", "liquid", "nokogiri"],
  forem: ["redcarpet", "liquid", "rails-html-sanitizer", "nokogiri"],
  hugo: ["nokogiri"],
};

/** Skips the test, or fails it under CI, when a command does not run. */
function need(context: TestContext, command: string, args: readonly string[], what: string): void {
  const probe = spawnSync(command, args, { encoding: "utf8" });
  if (probe.error === undefined && probe.status === 0) return;
  const why = probe.error?.message ?? probe.stderr.trim();
  if (process.env.CI) throw new Error(`${what} is needed under CI (${why})`);
  context.skip(`${what} is not installed here (${why})`);
}

/** Each body as a page of a minimal Hugo site with Hugo's default Markdown settings. */
function hugoPages(markdowns: readonly string[]): string[] {
  const site = mkdtempSync(join(tmpdir(), "broadsheet-hugo-"));
  try {
    mkdirSync(join(site, "content"));
    mkdirSync(join(site, "layouts", "_default"), { recursive: true });
    writeFileSync(
      join(site, "config.toml"),
      'baseURL = "http://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "home", "section"]\n',
    );
    writeFileSync(join(site, "layouts", "_default", "single.html"), "{{ .Content }}");
    markdowns.forEach((markdown, index) => {
      writeFileSync(
        join(site, "content", `p${index}.md`),
        `---\ntitle: "p${index}"\n---\n${markdown}`,
      );
    });
    const run = spawnSync("hugo", ["--quiet", "-s", site], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`hugo failed: ${run.error?.message ?? run.stderr}`);
    return markdowns.map((_, index) =>
      readFileSync(join(site, "public", `p${index}`, "index.html"), "utf8"),
    );
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}

/**
 * What each Markdown body shows once the platform has rendered it, with every document in one
 * Ruby process (for Hugo, one site build, every body a page). Skips the test, with a message, when Ruby or a library is missing; under CI that
 * fails the test instead.
 */
export function renderedBy(
  context: TestContext,
  parser: RealParser,
  markdowns: readonly string[],
): PageView[] {
  const requires = LIBRARIES[parser].flatMap((library) => ["-r", library]);
  need(context, "ruby", [...requires, "-e", ""], `ruby with ${LIBRARIES[parser].join(", ")}`);
  if (parser === "hugo") need(context, "hugo", ["version"], "hugo");
  const sources = parser === "hugo" ? hugoPages(markdowns) : markdowns;
  const run = spawnSync("ruby", ["-EUTF-8:UTF-8", "-e", `${SCRIPTS[parser]}${VIEW}${RUN}`], {
    input: JSON.stringify(sources),
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`ruby failed: ${run.error?.message ?? run.stderr}`);
  return JSON.parse(run.stdout) as PageView[];
}

const escapeByte = (byte: number) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;

/**
 * An href in one spelling of the URL it names: every percent-escape of a printable ASCII
 * character but `%` decoded, then every character outside the URL's own punctuation, letters and
 * digits percent-encoded as UTF-8, hex in capitals (CommonMark renderers percent-encode hrefs so:
 * markdown-it's mdurl, cmark; Forem's sanitizer writes `$` as `%24`). Two hrefs link to the same
 * URL when this makes them equal.
 */
export function normalizedHref(href: string): string {
  return href
    .replace(/%(2[0-46-9A-Fa-f]|[3-6][0-9A-Fa-f]|7[0-9A-Ea-e])/g, (_, code: string) =>
      String.fromCharCode(Number.parseInt(code, 16)),
    )
    .replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9;/?:@&=+$,\-_.!~*'()#%]/gu, (char) =>
      Array.from(new TextEncoder().encode(char), escapeByte).join(""),
    )
    .replace(/%[0-9a-f]{2}/g, (code) => code.toUpperCase());
}
