/**
 * Whether every parenthesis in the text is part of a pair, one level deep at most: the form in
 * which both CommonMark and marked leave parentheses in a link destination or title alone.
 */
export function balancedParentheses(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === "(") depth++;
    else if (char === ")") depth--;
    if (depth < 0 || depth > 1) return false;
  }
  return depth === 0;
}
