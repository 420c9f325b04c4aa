import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { BIN, expectOneLineError, run } from "./test-binary.js";

const { version } = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));

describe("the broadsheet binary", () => {
  it("is an executable node script", async () => {
    expect((await readFile(BIN, "utf8")).startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it.each([[], ["import"], ["export"], ["validate"], ["schema"]])(
    "prints the version with %j --version",
    async (...command) => {
      for (const flag of ["--version", "-V"]) {
        expect(await run([...command, flag])).toEqual({
          code: 0,
          stdout: `${version}\n`,
          stderr: "",
        });
      }
    },
  );

  it.each([[], ["import"], ["export"], ["validate"], ["schema"]])(
    "prints help with %j --help",
    async (...command) => {
      const result = await run([...command, "--help"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(
        `Usage: broadsheet ${command.length ? `${command[0]} ` : ""}`,
      );
      expect(result.stderr).toBe("");
    },
  );

  it("prints help for `help COMMAND`", async () => {
    const result = await run(["help", "validate"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: broadsheet validate");
  });

  it("shows help on stderr and exits 2 without a command", async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Usage: broadsheet");
  });

  it("reports an unknown command in one line, with a suggestion", async () => {
    expectOneLineError(
      await run(["validat"]),
      2,
      /^broadsheet: unknown command 'validat' \(Did you mean validate\?\); see 'broadsheet --help'$/,
    );
  });

  it("reports an unknown option in one line, pointing at the command's help", async () => {
    expectOneLineError(
      await run(["validate", "--sumary"]),
      2,
      /^broadsheet: unknown option '--sumary' \(Did you mean --summary\?\); see 'broadsheet validate --help'$/,
    );
    expectOneLineError(
      await run(["--nope"]),
      2,
      /^broadsheet: unknown option '--nope'; see 'broadsheet --help'$/,
    );
  });

  it("reports an option without its value in one line", async () => {
    expectOneLineError(
      await run(["import", "x.txt", "--out"]),
      2,
      /argument missing; see 'broadsheet import --help'$/,
    );
  });
});
