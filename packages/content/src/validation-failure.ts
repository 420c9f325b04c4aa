import type { ValidationError } from "@broadsheet/article";
import type { FileResult } from "./content-result.js";

/** The failed result for a file whose document is not a valid article. */
export function validationFailure(file: string, errors: readonly ValidationError[]): FileResult {
  return {
    ok: false,
    file,
    errors: errors.map((error) => ({
      file,
      code: "invalid",
      path: error.path,
      message: error.message,
    })),
  };
}
