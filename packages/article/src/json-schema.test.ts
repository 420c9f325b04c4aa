import { readdirSync, readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { articleJsonSchema } from "./json-schema.js";
import { parseArticle } from "./parse-article.js";
import { everyBlockArticle as sampleArticle } from "./testing/every-block-article.js";

const schemaFile = new URL("../schema/article.schema.json", import.meta.url);
const corpusDir = new URL("../../wire/corpus/", import.meta.url);

function corpusArticles(): { name: string; document: unknown }[] {
  return readdirSync(corpusDir)
    .filter((name) => name.endsWith(".expected.json"))
    .map((name) => ({
      name,
      document: JSON.parse(readFileSync(new URL(name, corpusDir), "utf8")),
    }));
}

describe("the published JSON Schema", () => {
  it("is current: regenerate with `pnpm --filter @broadsheet/article schema:write` when this fails", () => {
    const written = readFileSync(schemaFile, "utf8");
    expect(written).toBe(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
  });

  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));

  it("accepts every article zod accepts, on the sample corpus", () => {
    const documents = [{ name: "sample", document: sampleArticle() }, ...corpusArticles()];
    expect(documents.length).toBeGreaterThan(1);
    for (const { name, document } of documents) {
      expect(parseArticle(document).ok, name).toBe(true);
      expect(validate(document), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("rejects what zod rejects for the safety rules", () => {
    const unsafe = [
      { ...sampleArticle(), url: "javascript:alert(1)" },
      { ...sampleArticle(), headline: "bidi \u202e override" },
      { ...sampleArticle(), extra: true },
      { ...sampleArticle(), body: [{ type: "heading", level: 1, content: [{ text: "x" }] }] },
    ];
    for (const document of unsafe) {
      expect(parseArticle(document).ok).toBe(false);
      expect(validate(document)).toBe(false);
    }
  });
});
