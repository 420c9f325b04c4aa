import { readFileSync } from "node:fs";
import { articleJsonSchema } from "@broadsheet/article";
import { fromWireText } from "@broadsheet/wire";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { loadContent } from "./load-content.js";

const contentDir = new URL("../../../content/", import.meta.url);
const seedWireCopy = new URL("../../wire/corpus/kursk.txt", import.meta.url);

describe("the bundled content folder", async () => {
  const result = await loadContent(contentDir.pathname);

  it("loads every article without an error", () => {
    expect(result.errors).toEqual([]);
    expect(result.articles.length).toBeGreaterThanOrEqual(6);
  });

  it("validates against the published JSON Schema with an independent validator", () => {
    const validate = new Ajv2020.default({ strict: false, allErrors: true }).compile(
      articleJsonSchema(),
    );
    for (const { file, article } of result.articles) {
      expect(validate(article), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("uses every block type of the model", () => {
    const types = new Set(
      result.articles.flatMap(({ article }) => article.body.map((block) => block.type)),
    );
    expect([...types].sort()).toEqual(
      [
        "aside",
        "blockquote",
        "divider",
        "embed",
        "heading",
        "image",
        "list",
        "paragraph",
        "table",
      ].sort(),
    );
  });

  it("holds the sample wire article as the wire importer reads it", () => {
    const imported = fromWireText(readFileSync(seedWireCopy, "utf8"));
    const sample = result.articles.find(({ article }) => article.slug === imported.slug)?.article;
    expect(sample).toBeDefined();
    expect(sample?.headline).toBe(imported.headline);
    expect(sample?.alternativeHeadline).toBe(imported.alternativeHeadline);
    expect(sample?.dateline).toEqual(imported.dateline);
    expect(sample?.body).toEqual(imported.body);
    expect(sample?.isBasedOn).toEqual(imported.isBasedOn);
  });
});
