export { fromWireText, UNTITLED, WIRE_IMPORTER } from "./from-wire-text.js";
export { WIRE_RULES, type WireRule } from "./wire-rule.js";
