declare module "sax" {
  interface SaxParser {
    onerror: (error: Error) => void;
    onopentag: (tag: { name: string; attributes: Record<string, string> }) => void;
    write(text: string): SaxParser;
    close(): SaxParser;
  }
  export function parser(strict: boolean): SaxParser;
}
