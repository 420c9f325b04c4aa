/**
 * What Ruby Liquid 4 (Jekyll, Forem) prints for a template whose only tags are `raw` blocks,
 * following its tokenizer: a tag token runs from `{%` to the first `%}`, an output token from
 * `{{` to the first `}` (or `}}`). Inside a raw block every token is kept as text until one whose
 * last `{%` names `endraw` (the text before it is kept too). An output of a one-character string,
 * `{{ '{' }}`, prints the character. Anything else that Liquid would run (another output, another
 * tag, an unclosed raw block) throws, naming it.
 */
export function liquidOutput(template: string): string {
  const tokens = template.split(/(\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}?|\{\{|\{%)/);
  const RAW = /^\{%-?\s*raw\s*-?%\}$/;
  const CLOSES = /^([\s\S]*)\{%-?\s*(\w+)\s*([\s\S]*)?-?%\}$/;
  let out = "";
  let raw = false;
  for (const token of tokens) {
    if (token === "") continue;
    if (raw) {
      const match = CLOSES.exec(token);
      if (match && match[2] === "endraw") {
        out += match[1] ?? "";
        raw = false;
      } else {
        out += token;
      }
    } else if (RAW.test(token)) {
      raw = true;
    } else if (/^\{\{ '[^']' \}\}$/.test(token)) {
      out += token.charAt(4);
    } else if (token.startsWith("{{") || token.startsWith("{%")) {
      throw new Error(`Liquid would run ${JSON.stringify(token)}`);
    } else {
      out += token;
    }
  }
  if (raw) throw new Error("a raw block is never closed");
  return out;
}
