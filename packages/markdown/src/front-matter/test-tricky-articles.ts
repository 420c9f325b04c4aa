import { type Article, parseArticle } from "@broadsheet/article";

/**
 * Front matter values YAML readers are known to misread unquoted or to choke on: indicators
 * first, `: ` and ` #` inside, YAML 1.1 booleans and nulls, numbers, dates and times, template
 * syntax, non-Latin scripts, emoji.
 */
export const TRICKY_VALUES: readonly string[] = [
  ...["Kino Sternwarte: 100 Jahre", "C# and F#", "it's #1", "Russia's Kursk", 'say "hi"'],
  ...["- dash first", "-dash", "@handle", "`tick`", "*star", "&anchor", "!tag", "%percent"],
  ...["? question", "| pipe", "> greater", "[bracket]", "{brace}", "'single'", '"double"'],
  ...["yes", "no", "on", "Off", "y", "N", "null", "~", "true", "False", "e5", "<<", "="],
  ...["12", "1.5", "-7", "0x1A", "0o17", "1_000", "1,000", ".inf", ".NaN", "12:30"],
  ...["2024-08-06", "2024-08-06T10:00:00Z", "2024-08-06 10:00:00 +0100", ":symbol"],
  ...["ends with a colon:", "a --- b", "---", "...", "back\\slash"],
  ...["{{ .Title }}", "{% raw %}", "{{< shortcode >}}", "[link](https://x.example)"],
  ...["Київ, Україна", "東京都", "مرحبا بالعالم", "Ελλάδα", "Neukölln", "😀 emoji 🇺🇦"],
  ...["„Metropolis“ angekündigt", "«Bonjour»", "café $4", "a\u00a0non-breaking space"],
];

/** A small article whose headline, description, keyword, author and place are `value`. */
function trickyArticle(value: string, index: number): Article {
  return {
    schemaVersion: 1,
    id: `tricky-${index}`,
    slug: `tricky-${index}`,
    headline: value,
    articleSection: value,
    author: [{ name: value }],
    datePublished: "2025-01-01T00:30:00+02:00",
    dateModified: "2025-01-02T10:00:00Z",
    inLanguage: "en",
    keywords: [value, "plain"],
    description: value,
    url: `https://broadsheet.example/tricky/${index}`,
    image: { url: "https://img.example/k.jpg", alt: value },
    body: [{ type: "paragraph", content: [{ text: "Lead." }] }],
  };
}

/** One model-valid article per tricky value (a value the model refuses is an error here). */
export function trickyArticles(): Article[] {
  return TRICKY_VALUES.map((value, index) => {
    const parsed = parseArticle(trickyArticle(value, index));
    if (!parsed.ok) throw new Error(`${JSON.stringify(value)}: ${JSON.stringify(parsed.errors)}`);
    return parsed.article;
  });
}
