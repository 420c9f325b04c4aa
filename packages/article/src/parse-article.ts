import { Article, CURRENT_SCHEMA_VERSION } from "./article.js";
import { SCHEMA_HISTORY, type SchemaStep } from "./migrate.js";
import { toValidationErrors, type ValidationError } from "./validation-error.js";

/** The outcome of parsing: the article, or every reason it is not one. */
export type ParseResult =
  | { ok: true; article: Article; migratedFrom?: number }
  | { ok: false; errors: ValidationError[] };

const REPORT_INPUT = { reportInput: true } as const;

function versionOf(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return undefined;
  return (input as Record<string, unknown>).schemaVersion;
}

/**
 * Builds a parser that accepts the current version and every version in `history`, migrating
 * older documents step by step. A document is validated by its own version's schema before each
 * step, so it is never half-migrated.
 */
export function createArticleParser(
  history: readonly SchemaStep[],
): (input: unknown) => ParseResult {
  const steps = [...history].sort((a, b) => a.version - b.version);
  return (input) => {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      return {
        ok: false,
        errors: [{ path: "(document)", message: "must be an object with the article's fields" }],
      };
    }
    const version = versionOf(input);
    const start = steps.findIndex((step) => step.version === version);
    if (start === -1) {
      const parsed = Article.safeParse(input, REPORT_INPUT);
      if (parsed.success) return { ok: true, article: parsed.data };
      if (typeof version === "number" && version !== CURRENT_SCHEMA_VERSION) {
        const known = [...steps.map((step) => step.version), CURRENT_SCHEMA_VERSION].join(", ");
        return {
          ok: false,
          errors: [
            {
              path: "schemaVersion",
              message: `version ${version} is not supported; this release reads ${known}`,
            },
          ],
        };
      }
      return { ok: false, errors: toValidationErrors(parsed.error.issues) };
    }
    let document: unknown = input;
    for (const step of steps.slice(start)) {
      const parsed = step.schema.safeParse(document, REPORT_INPUT);
      if (!parsed.success) return { ok: false, errors: toValidationErrors(parsed.error.issues) };
      document = step.up(parsed.data as never);
    }
    const parsed = Article.safeParse(document, REPORT_INPUT);
    if (!parsed.success) return { ok: false, errors: toValidationErrors(parsed.error.issues) };
    return { ok: true, article: parsed.data, migratedFrom: version as number };
  };
}

/**
 * Validates an unknown value (parsed JSON, YAML front matter + body, …) as an article. Never
 * throws: returns the article, or a list of errors with their paths.
 */
export const parseArticle: (input: unknown) => ParseResult = createArticleParser(SCHEMA_HISTORY);
