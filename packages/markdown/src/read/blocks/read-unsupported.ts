import type { Token } from "marked";
import type { ReadContext } from "../read-context.js";

/** Reports a block token the article model cannot hold. */
export function readUnsupported(token: Token, line: number, context: ReadContext): void {
  switch (token.type) {
    case "code":
      context.error(
        line,
        token.codeBlockStyle === "indented"
          ? "indented code blocks are not supported (4 leading spaces make one); remove the indentation"
          : "code blocks are not supported: the article model has none; use inline `code` or remove the block",
      );
      return;
    case "html":
      context.error(
        line,
        token.raw.trimStart().startsWith("<!--")
          ? "HTML comments are not supported: the article cannot keep them; delete the comment"
          : "raw HTML blocks are not supported; only <sub> and <sup> inside text are",
      );
      return;
    default:
      context.error(line, `unsupported Markdown (${token.type}); remove it`);
  }
}
