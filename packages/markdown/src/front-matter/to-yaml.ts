import { Document, isScalar, visit } from "yaml";
import { misreadByYaml11 } from "./misread-by-yaml11.js";

/**
 * YAML for front matter, as the yaml package writes it (block style, plain scalars where they
 * read back as the same text, no line folding), with every string a YAML 1.1 reader would
 * misread double-quoted as well, so Jekyll and PyYAML see the same values.
 */
export function toYaml(data: Record<string, unknown>): string {
  const document = new Document(data);
  visit(document, {
    Scalar(key, node) {
      if (
        key !== "key" &&
        isScalar(node) &&
        typeof node.value === "string" &&
        misreadByYaml11(node.value)
      ) {
        node.type = "QUOTE_DOUBLE";
      }
    },
  });
  return document.toString({ lineWidth: 0 });
}
