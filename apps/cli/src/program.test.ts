import { describe, expect, it } from "vitest";
import { commandNamed, createProgram } from "./program.js";
import { captureIo } from "./test-io.js";

function names(args: readonly string[]) {
  return createProgram({ io: captureIo().io, exitCode: 0 }, args).then((program) =>
    program.commands.map((command) => command.name()),
  );
}

describe("the program", () => {
  it("names the command of the arguments: the first that is not an option, when it is one", () => {
    expect(commandNamed(["read", "--width", "60", "x.md"])?.names).toEqual(["read"]);
    expect(commandNamed(["--help", "export"])?.names).toEqual(["export"]);
    expect(commandNamed(["following"])?.names).toEqual(["follow", "unfollow", "following"]);
    expect(commandNamed(["help", "read"])).toBeUndefined();
    expect(commandNamed(["--version"])).toBeUndefined();
    expect(commandNamed(["reed"])).toBeUndefined();
    expect(commandNamed(["constructor"])).toBeUndefined();
  });

  it("holds the command named only, and every command, in the help's order, otherwise", async () => {
    expect(await names(["read"])).toEqual(["read"]);
    expect(await names(["unfollow", "x"])).toEqual(["follow", "unfollow", "following"]);
    const every = [
      ...["import", "export", "read", "validate", "schema"],
      ...["follow", "unfollow", "following"],
    ];
    expect(await names([])).toEqual(every);
    expect(await names(["help", "validate"])).toEqual(every);
    expect(await names(["reed"])).toEqual(every);
  });
});
