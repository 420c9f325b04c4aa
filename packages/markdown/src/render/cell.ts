/** A mark written with delimiter runs. */
export type DelimitedMark = "em" | "strong" | "strike";

/**
 * One unit of rendered inline Markdown. Text is kept one character per cell so that escaping and
 * delimiter flanking can look at exact neighbours before anything is joined.
 */
export type Cell =
  | { kind: "text"; char: string; inLink: boolean; escape: boolean; encode: boolean }
  | { kind: "break"; entity: boolean }
  | { kind: "code"; out: string }
  | { kind: "syntax"; out: string }
  | {
      kind: "delim";
      role: "open" | "close";
      mark: DelimitedMark;
      id: number;
      char: "*" | "_" | "~";
      /** Written as an HTML tag, where no delimiter run would be read back correctly. */
      html: boolean;
    };

const TAGS: Record<DelimitedMark, string> = { em: "em", strong: "strong", strike: "del" };

/** The cell's rendered Markdown. */
export function cellOut(cell: Cell): string {
  switch (cell.kind) {
    case "text":
      if (cell.encode) return `&#${cell.char.codePointAt(0)};`;
      return cell.escape ? `\\${cell.char}` : cell.char;
    case "break":
      return cell.entity ? "&#10;" : "\\\n";
    case "code":
    case "syntax":
      return cell.out;
    case "delim":
      if (cell.html) return cell.role === "open" ? `<${TAGS[cell.mark]}>` : `</${TAGS[cell.mark]}>`;
      return cell.char.repeat(cell.mark === "em" ? 1 : 2);
    default: {
      const unhandled: never = cell;
      throw new Error(`unhandled cell ${JSON.stringify(unhandled)}`);
    }
  }
}
