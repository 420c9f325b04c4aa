# cmark-gfm through the commonmarker gem with GitHub's extensions (table, strikethrough,
# autolink, tagfilter) and raw HTML kept, as GitHub renders before its sanitizer.
# Input on stdin: {"files": {"name": "markdown"}}; output: {"name": "html"}.
require "json"
require "commonmarker"

EXTENSIONS = %i[table strikethrough autolink tagfilter].freeze

files = JSON.parse($stdin.read)["files"]
print JSON.generate(files.to_h { |name, text| [name, CommonMarker.render_html(text, :UNSAFE, EXTENSIONS)] })
