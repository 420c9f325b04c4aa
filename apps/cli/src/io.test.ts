import { describe, expect, it } from "vitest";
import { captureIo } from "./test-io.js";

const OSC = "\u001B]52;c;aGk=\u0007\u001B]2;T\u0007";

describe("Io", () => {
  it("shows what a terminal would act on in every message, keeping the lines", () => {
    const captured = captureIo();
    captured.io.stdout(`help\n${OSC}\u202E\n`);
    captured.io.stderr(`at x\u0085\n`);
    expect(captured.out).toBe("help\n\\x1b]52;c;aGk=\\x07\\x1b]2;T\\x07\\u202e\n");
    expect(captured.err).toBe("at x\\x85\n");
  });

  it("prints a record as one line, whatever it holds", () => {
    const captured = captureIo();
    captured.io.outLine("a\nb\rc\u2028d");
    captured.io.errLine("broadsheet: x\n9 of 9 articles valid");
    expect(captured.out).toBe("a\\nb\\rc\\u2028d\n");
    expect(captured.err).toBe("broadsheet: x\\n9 of 9 articles valid\n");
  });

  it("prints a document exactly when piped, and with visible escapes on a terminal", () => {
    const document = `---\ntitle: x\n---\n\tcode${OSC}\n`;
    const piped = captureIo();
    piped.io.data(document);
    expect(piped.out).toBe(document);
    const terminal = captureIo({}, { stdoutIsTerminal: true });
    terminal.io.data(document);
    expect(terminal.out).toBe("---\ntitle: x\n---\n\tcode\\x1b]52;c;aGk=\\x07\\x1b]2;T\\x07\n");
  });
});
