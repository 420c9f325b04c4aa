const MAX_LENGTH = 150;
const MAX_WORDS = 15;
const DASHES = new Set(["-", "—", "―", "–"]);
const NOT_ATTRIBUTIONS = /^(?:reporting|editing|writing|additional|compiled|contributing)\b/i;

function dashLength(line: string): number {
  if (line.startsWith("--")) return 2;
  const first = line.charAt(0);
  return first !== "-" && DASHES.has(first) ? 1 : 0;
}

function endsLikeSentence(text: string): boolean {
  const last = text.charAt(text.length - 1);
  if ("!?:;,".includes(last)) return true;
  if (last !== ".") return false;
  const word = text.slice(text.lastIndexOf(" ") + 1, -1);
  return word.length > 3 && !word.includes(".");
}

/**
 * Reads a quotation's attribution line, `— Name` or `-- Name` (an en dash is accepted too), and
 * returns the name. Dialogue lines (`— Ми не підемо, — сказала вона.`), agency credits
 * (`-- Reporting by …`) and lines that end like a sentence are not attributions.
 */
export function parseAttribution(line: string): string | undefined {
  const dash = dashLength(line);
  if (dash === 0 || DASHES.has(line.charAt(dash))) return undefined;
  const name = line.slice(dash).trim();
  if (name === "" || name.length > MAX_LENGTH) return undefined;
  if (!/^[\p{Lu}\p{Lt}\p{Lo}]/u.test(name) || NOT_ATTRIBUTIONS.test(name)) return undefined;
  if (/[—―;]|--/.test(name) || name.split(" ").length > MAX_WORDS) return undefined;
  return endsLikeSentence(name) ? undefined : name;
}
