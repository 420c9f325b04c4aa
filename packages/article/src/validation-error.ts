import type { z } from "zod";
import { formatPath } from "./format-path.js";

/** One reason a document is not a valid article: where, and what to do about it. */
export interface ValidationError {
  /** Where the problem is, like `body[3].content[0].href`; `(document)` for the whole document. */
  path: string;
  /** What is wrong and how to fix it. */
  message: string;
}

const EXPECTED_NAMES: Record<string, string> = {
  array: "a list",
  string: "text",
  object: "an object",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
};

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "text";
  return `a ${typeof value}`;
}

function messageFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys
        .map((key) => `"${key}"`)
        .join(", ")}; remove ${issue.keys.length > 1 ? "them" : "it"} or check the spelling`;
    case "invalid_type": {
      const expected = EXPECTED_NAMES[issue.expected] ?? `a ${issue.expected}`;
      if (issue.input === undefined) return `is required (${expected})`;
      return `must be ${expected}, not ${describeType(issue.input)}`;
    }
    case "invalid_union":
      if ("options" in issue && Array.isArray(issue.options)) {
        const options = issue.options.map(String).join(", ");
        return `must be one of: ${options}`;
      }
      return issue.message;
    case "invalid_value":
      return `must be ${issue.values.map((value) => JSON.stringify(value)).join(" or ")}`;
    default:
      return issue.message;
  }
}

/** Turns zod's issues into errors a person can act on. */
export function toValidationErrors(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): ValidationError[] {
  return issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: messageFor(issue),
  }));
}

/** Renders errors one per line: `path: message`. */
export function formatValidationErrors(errors: readonly ValidationError[]): string {
  return errors.map((error) => `${error.path}: ${error.message}`).join("\n");
}
