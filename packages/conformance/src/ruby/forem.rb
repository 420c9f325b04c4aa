# dev.to (Forem) as its MarkdownProcessor::Parser#finalize renders an article: Redcarpet with
# Forem's renderer options and extensions, Liquid parsed and rendered over the HTML, and
# Redcarpet run once more over Liquid's output. Front matter is read with Psych's safe_load.
# Input on stdin: {"files": {"name": "markdown"}}; output: {"name": {"html", "front", "error"}}.
require "json"
require "yaml"
require "date"
require "redcarpet"
require "liquid"

APP_URL = "https://dev.to"

# Redcarpet::Render::HTMLRouge in Forem, less the Rouge highlighting and the media store.
class ForemRenderer < Redcarpet::Render::HTML
  def image(link, title, alt_text)
    title_attr = title ? %( title="#{title}") : ""
    alt_text_attr = alt_text ? %( alt="#{alt_text}") : ""
    %(<img src="#{link}"#{title_attr}#{alt_text_attr}/>)
  end

  def link(link, _title, content)
    return if %r{<a\s.+/a>}.match?(content)

    if (%r{https?://\S+}.match? link) || link.nil?
      %(<a href="#{link}">#{content}</a>)
    elsif %r{\w+:}.match? link
      %(<a href="#{link}">#{content}</a>)
    elsif /\.{1}/.match? link
      %(<a href="//#{link}">#{content}</a>)
    elsif link.start_with?("#")
      %(<a href="#{link}">#{content}</a>)
    else
      %(<a href="#{APP_URL}#{link}">#{content}</a>)
    end
  end

  def header(title, header_number)
    anchor = title.gsub(/<[^>]*>/, "").downcase.strip.gsub(/[[:punct:]]/u, "").gsub(/\s+/, "-")
    <<~HTML
      <h#{header_number}>
        <a name="#{anchor}" href="##{anchor}" class="anchor">
        </a>
        #{title}
      </h#{header_number}>
    HTML
  end
end

CONFIG = {
  autolink: true,
  no_intra_emphasis: true,
  fenced_code_blocks: true,
  lax_html_blocks: true,
  lax_spacing: true,
  strikethrough: true,
  superscript: false,
  tables: true,
  footnotes: true
}.freeze

BAD_XSS_REGEX = [/src=["'](data|&)/i, %r{data:text/html[,;][\sa-z0-9]*}i].freeze
CODE_BLOCKS_REGEX = /(~{3}|`{3}|`{2}|`)[\s\S]*?\1/

def escape_liquid_tags_in_codeblock(content)
  content.gsub(/[[:space:]]*~{3}.*?~{3}|[[:space:]]*`{3}.*?`{3}|`{2}.+?`{2}|`{1}.+?`{1}/m) do |codeblock|
    codeblock.gsub!("{% endraw %}", "{----% endraw %----}")
    codeblock.gsub!("{% raw %}", "{----% raw %----}")
    if codeblock.match?(/[[:space:]]*`{3}/)
      "\n{% raw %}\n#{codeblock}\n{% endraw %}\n"
    else
      "{% raw %}#{codeblock}{% endraw %}"
    end
  end
end

def finalize(content)
  content = content.gsub(/!\[Image Description\]/i, "![ ]")
  without_code = content.gsub(CODE_BLOCKS_REGEX, "")
  raise ArgumentError, "Invalid markdown detected" if without_code.match?(Regexp.union(BAD_XSS_REGEX))

  markdown = Redcarpet::Markdown.new(ForemRenderer.new(hard_wrap: true, filter_html: false), CONFIG)
  html = markdown.render(escape_liquid_tags_in_codeblock(content))
  begin
    markdown.render(Liquid::Template.parse(html).render)
  rescue Liquid::SyntaxError => e
    e.message
  end
end

FRONT_MATTER = /\A\s*---\s*\n(.*?)\n\s*---\s*$\n?(.*)\z/m

def plain(value)
  case value
  when Hash then value.transform_values { |inner| plain(inner) }
  when Array then value.map { |inner| plain(inner) }
  when Date, Time then value.iso8601
  else value
  end
end

def render_file(text)
  match = FRONT_MATTER.match(text)
  front = match ? (YAML.safe_load(match[1], permitted_classes: [Date]) || {}) : {}
  { "html" => finalize(match ? match[2] : text), "front" => plain(front) }
rescue StandardError, Psych::Exception => e
  { "html" => "", "error" => "#{e.class}: #{e.message}" }
end

files = JSON.parse($stdin.read)["files"]
out = files.to_h { |name, text| [name, render_file(text)] }
print JSON.generate(out)
