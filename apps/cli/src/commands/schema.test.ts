import { describe, expect, it } from "vitest";
import { expectOneLineError, run } from "../test-binary.js";

describe("broadsheet schema", () => {
  it("prints the article JSON Schema as pretty JSON", async () => {
    const result = await run(["schema"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const schema = JSON.parse(result.stdout);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(
      expect.arrayContaining(["schemaVersion", "id", "slug", "headline", "body"]),
    );
    expect(result.stdout).toMatch(/^\{\n {2}"/);
  });

  it("takes no arguments", async () => {
    expectOneLineError(
      await run(["schema", "extra"]),
      2,
      /too many arguments.*see 'broadsheet schema --help'/,
    );
  });
});
