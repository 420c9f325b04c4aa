export { oneLine } from "./one-line.js";
export { type SanitizeMode, sanitizeForTerminal } from "./sanitize-for-terminal.js";
