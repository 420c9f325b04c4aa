import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { answerErrors } from "./answer-errors.mjs";
import { sanitizeLine } from "./log-line.mjs";
import { rawExchange, rawRequest } from "./raw-exchange";

describe("answerErrors", () => {
  let server: Server | undefined;

  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  async function listen(
    handler: Parameters<typeof answerErrors>[0],
    log: (line: string) => void,
  ): Promise<number> {
    server = createServer(answerErrors(handler, log));
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    return (server.address() as AddressInfo).port;
  }

  it("answers a throwing handler 500, logs one clean line, and keeps serving", async () => {
    const lines: string[] = [];
    const port = await listen(
      (request, response) => {
        if (request.url === "/sync") throw new Error("broken \u001b]52;c;eA==\u0007\nforged line");
        if (request.url === "/async") return Promise.reject(new Error("rejected"));
        response.end("fine");
      },
      (line) => lines.push(sanitizeLine(line)),
    );
    expect((await rawExchange(port, rawRequest("/sync"))).status).toBe(500);
    expect((await rawExchange(port, rawRequest("/async"))).status).toBe(500);
    const fine = await rawExchange(port, rawRequest("/"));
    expect([fine.status, fine.text.endsWith("fine")]).toEqual([200, true]);
    expect(lines).toEqual([
      "500 GET /sync: broken \\x1b]52;c;eA==\\x07\\x0aforged line",
      "500 GET /async: rejected",
    ]);
  });

  it("cuts the connection when the error comes after the status line went out", async () => {
    const lines: string[] = [];
    const port = await listen(
      async (request, response) => {
        if (request.url === "/late") {
          response.writeHead(200, { "content-length": "100" });
          response.write("part");
          throw new Error("late");
        }
        response.end("fine");
      },
      (line) => lines.push(line),
    );
    const late = await rawExchange(port, rawRequest("/late"));
    expect(late.cutOff).toBe(false);
    expect(late.text).not.toMatch(/part.{96}/s);
    expect((await rawExchange(port, rawRequest("/"))).status).toBe(200);
    expect(lines).toEqual(["500 GET /late: late"]);
  });
});

describe("sanitizeLine", () => {
  it("shows control, separator and bidi characters as escapes and bounds the length", () => {
    expect(sanitizeLine("a\u0000\t\r\n\u007f\u009b\u2028\u202e\u2066b")).toBe(
      "a\\x00\\x09\\x0d\\x0a\\x7f\\x9b\\u2028\\u202e\\u2066b",
    );
    expect(sanitizeLine("x".repeat(10_000))).toBe(`${"x".repeat(500)}…`);
  });
});
