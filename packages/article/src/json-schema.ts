import { z } from "zod";
import { Article } from "./article.js";

/** The JSON Schema of an article document as written by people and tools (zod's input side). */
export function articleJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Article, { io: "input", target: "draft-2020-12" }) as Record<
    string,
    unknown
  >;
}
