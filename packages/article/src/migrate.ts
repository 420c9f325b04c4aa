import type { z } from "zod";
import { CURRENT_SCHEMA_VERSION } from "./article.js";

/**
 * One older schema version: its own schema, and a pure step function that turns a valid document
 * of that version into a document of the next version.
 */
export interface SchemaStep {
  version: number;
  schema: z.ZodType;
  up: (document: never) => unknown;
}

/** The older versions this package can migrate, oldest first. Version 1 is the first release. */
export const SCHEMA_HISTORY: readonly SchemaStep[] = [];

export { CURRENT_SCHEMA_VERSION };
