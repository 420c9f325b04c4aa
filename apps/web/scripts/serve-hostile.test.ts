import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { type AddressInfo, connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawExchange, rawRequest } from "./serve/raw-exchange";
import { createFileBytesCache, createStaticServer } from "./serve.mjs";

const SECRET = "SECRET-OUTSIDE-THE-SITE";
const PAGE = "<p>a page</p>";

/** A site folder with a secret beside it (and in a sibling folder whose name starts the same). */
async function hostileSite(): Promise<string> {
  const parent = await mkdtemp(path.join(tmpdir(), "broadsheet-serve-hostile-"));
  const root = path.join(parent, "site");
  await mkdir(path.join(root, "articles"), { recursive: true });
  await mkdir(path.join(parent, "site-private"));
  await writeFile(path.join(parent, "secret.txt"), SECRET);
  await writeFile(path.join(parent, "site-private", "secret.txt"), SECRET);
  await writeFile(path.join(root, "index.html"), "<p>front page</p>");
  await writeFile(path.join(root, "page.html"), PAGE);
  await writeFile(path.join(root, "articles", "a.html"), "<p>article</p>");
  await writeFile(path.join(root, "404.html"), "<p>Page not found</p>");
  return root;
}

/** Request targets that try to leave the site folder; every one must be a plain 404. */
const TRAVERSALS = [
  "/../secret.txt",
  "/../../secret.txt",
  "/..%2fsecret.txt",
  "/%2e%2e/secret.txt",
  "/%2e%2e%2fsecret.txt",
  "/..%5csecret.txt",
  "/..\\secret.txt",
  "/\\..\\..\\secret.txt",
  "/%252e%252e/secret.txt",
  "/....//secret.txt",
  "/..;/secret.txt",
  "/%c0%ae%c0%ae/secret.txt",
  "/..%c0%afsecret.txt",
  "/%uff0e%uff0e/secret.txt",
  "/articles/../../secret.txt",
  "/articles/%2e%2e/%2e%2e/secret.txt",
  "/./.././secret.txt",
  "//../secret.txt",
  "/%2f..%2fsecret.txt",
  "/..%00/secret.txt",
  "/secret.txt%00.html",
  "/..%2f..%2f..%2fetc%2fpasswd",
  "/../../../../../../etc/passwd",
  "/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "/etc/passwd",
  "/%2fetc%2fpasswd",
  "/.%2e/secret.txt",
  "/%2e./secret.txt",
  "/..%255csecret.txt",
  "/../site-private/secret.txt",
  "/..%2fsite-private%2fsecret.txt",
  "http://127.0.0.1/../secret.txt",
  "http://127.0.0.1/%2e%2e/secret.txt",
];

const LONG = "a".repeat(20_000);

/** Raw requests of every shape, each with the status it must get. */
const HOSTILE: [string, string, number][] = [
  ["origin-form", rawRequest("/"), 200],
  ["origin-form, extensionless", rawRequest("/page"), 200],
  ["origin-form, bad query", rawRequest("/page?x=%zz&%00"), 200],
  ["origin-form, fragment", rawRequest("/page#frag"), 200],
  ["absolute-form, port out of range", rawRequest("http://a:99999/"), 400],
  ["absolute-form, unclosed IPv6", rawRequest("http://[::1/"), 400],
  ["absolute-form, bad percent in host", rawRequest("http://a%zz/"), 400],
  ["absolute-form, letters in port", rawRequest("https://x:1x/"), 400],
  ["absolute-form, bad IPv4", rawRequest("http://999.999.999.999/"), 400],
  ["absolute-form, bad punycode", rawRequest("http://xn--a/"), 400],
  ["absolute-form, userinfo", rawRequest("http://user:pw@a/page"), 400],
  ["absolute-form, other scheme", rawRequest("ftp://a/page"), 400],
  ["absolute-form, no slashes", rawRequest("http:/page"), 400],
  ["absolute-form, valid", rawRequest("http://a/page"), 200],
  ["absolute-form, upper case", rawRequest("HTTP://A/page"), 200],
  ["absolute-form, empty path", rawRequest("https://a"), 200],
  ["absolute-form, query only", rawRequest("http://a?x"), 200],
  ["asterisk-form with GET", rawRequest("*"), 400],
  ["asterisk-form with OPTIONS", rawRequest("*", "OPTIONS"), 405],
  ["authority-form with GET", rawRequest("a:1"), 400],
  ["authority-form with CONNECT", rawRequest("a:1", "CONNECT"), 405],
  ["authority-form with CONNECT, bad port", rawRequest("[::1]:99999", "CONNECT"), 405],
  ["relative path", rawRequest("page"), 400],
  ["encoded slash alone", rawRequest("%2F"), 400],
  ["scheme-relative origin-form", rawRequest("//a:99999/"), 404],
  ["double slash", rawRequest("//"), 200],
  ["encoded slash", rawRequest("/%2F"), 200],
  ["encoded slash inside", rawRequest("/articles%2Fa"), 200],
  ["malformed percent", rawRequest("/a%zz"), 404],
  ["lone percent", rawRequest("/%"), 404],
  ["encoded NUL", rawRequest("/%00"), 404],
  ["encoded NUL after a name", rawRequest("/page%00"), 404],
  ["invalid UTF-8", rawRequest("/%C0"), 404],
  ["raw UTF-8", rawRequest("/caf\u00c3\u00a9"), 400],
  ["long name", rawRequest(`/${"n".repeat(300)}`), 404],
  ["long path", rawRequest(`/${"a/".repeat(3000)}`), 404],
  ["over-long target", rawRequest(`/${LONG}`), 431],
  ["raw NUL", rawRequest("/\u0000"), 400],
  ["raw control byte", rawRequest("/\u0001"), 400],
  ["raw DEL", rawRequest("/a\u007fb"), 400],
  ["raw escape", rawRequest("/\u001b]52;c;eA==\u0007"), 400],
  ["space in target", "GET /a b HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n", 400],
  ["header without colon", rawRequest("/", "GET", "Bad Header\r\n"), 400],
  ["header with NUL", rawRequest("/", "GET", "X-A: a\u0000b\r\n"), 400],
  ["folded header", rawRequest("/", "GET", "X-A: a\r\n b\r\n"), 400],
  ["bad Content-Length", rawRequest("/", "GET", "Content-Length: abc\r\n"), 400],
  [
    "Content-Length and chunked",
    rawRequest("/", "POST", "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n"),
    400,
  ],
  ["over-long header", rawRequest("/", "GET", `X-A: ${LONG}\r\n`), 431],
  ["no Host in HTTP/1.1", "GET / HTTP/1.1\r\nConnection: close\r\n\r\n", 400],
  ["HTTP/1.0 without Host", "GET / HTTP/1.0\r\n\r\n", 200],
  ["HTTP/2.0 request line", "GET / HTTP/2.0\r\nHost: a\r\n\r\n", 505],
  ["HTTP/0.9 request line", "GET /\r\n\r\n", 200],
  ["lower-case method", rawRequest("/", "get"), 400],
  ["unknown method", rawRequest("/", "BREW"), 400],
  ["POST", rawRequest("/", "POST", "Content-Length: 3\r\n").concat("abc"), 405],
  ["DELETE", rawRequest("/page", "DELETE"), 405],
  ["upgrade", rawRequest("/", "GET", "Upgrade: websocket\r\n"), 200],
  ["garbage", "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003", 400],
  ["If-None-Match garbage", rawRequest("/page", "GET", 'If-None-Match: "\u00ff", *x, W/\r\n'), 200],
  [
    "Accept-Encoding garbage",
    rawRequest("/page", "GET", "Accept-Encoding: ;;,,q=,br;q=x\r\n"),
    200,
  ],
];

describe("the static server against hostile requests", () => {
  let root: string;
  let port: number;
  let close: () => Promise<void>;

  beforeAll(async () => {
    root = await hostileSite();
    const server = createStaticServer(root);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
    close = () => new Promise((resolve) => server.close(() => resolve()));
  });

  afterAll(() => close());

  it("answers every request shape with a status line, and still serves afterwards", async () => {
    const answered = [];
    for (const [name, bytes] of HOSTILE) {
      const reply = await rawExchange(port, bytes);
      answered.push([name, reply.cutOff ? "no answer" : (reply.status ?? reply.text.slice(0, 40))]);
      expect(reply.text).not.toContain(SECRET);
    }
    expect(answered).toEqual(HOSTILE.map(([name, , status]) => [name, status]));
    expect((await rawExchange(port, rawRequest("/"))).status).toBe(200);
  });

  it("answers every traversal attempt 404 without the file outside the site", async () => {
    const answered = [];
    for (const target of TRAVERSALS) {
      const reply = await rawExchange(port, rawRequest(target));
      expect(reply.text).not.toContain(SECRET);
      answered.push([target, reply.status]);
    }
    expect(answered).toEqual(TRAVERSALS.map((target) => [target, 404]));
  });
});

describe("serve.mjs run as a program", () => {
  let child: ChildProcess;
  let port: number;
  let stderr = "";

  beforeAll(async () => {
    const root = await hostileSite();
    const script = fileURLToPath(new URL("./serve.mjs", import.meta.url));
    child = spawn(process.execPath, [script, root], {
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    port = await new Promise<number>((resolve, reject) => {
      let output = "";
      child.stdout?.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const listening = /on http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
        if (listening) resolve(Number(listening[1]));
      });
      child.once("exit", (code) => reject(new Error(`serve.mjs exited (${code}): ${stderr}`)));
    });
  });

  afterAll(() => {
    child.kill("SIGTERM");
  });

  it("answers the absolute-form targets new URL rejects with 400 and keeps running", async () => {
    const targets = [
      "http://a:99999/",
      "http://[::1/",
      "http://a%zz/",
      "https://x:1x/",
      "http://999.999.999.999/",
      "http://xn--a/",
    ];
    const statuses = [];
    for (const target of targets)
      statuses.push((await rawExchange(port, rawRequest(target))).status);
    expect(statuses).toEqual(targets.map(() => 400));
    expect((await rawExchange(port, rawRequest("/page"))).status).toBe(200);
    expect(child.exitCode).toBeNull();
    expect(stderr).toBe("");
  });
});

describe("the static server when clients go away", () => {
  it("keeps serving after clients reset mid-response, cached or streamed, and logs nothing", async () => {
    const root = await hostileSite();
    await writeFile(path.join(root, "big.html"), "<p>big page</p>\n".repeat(400_000));
    const lines: string[] = [];
    const server = createStaticServer(root, {
      cache: createFileBytesCache({ maxFileBytes: 1_000_000 }),
      log: (line) => lines.push(line),
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      for (const encoding of ["br", "identity"]) {
        for (const when of ["sent", "first byte"]) {
          await new Promise<void>((resolve) => {
            const socket = connect(port, "127.0.0.1");
            socket.on("error", () => {});
            socket.on("close", () => resolve());
            socket.write(rawRequest("/big", "GET", `Accept-Encoding: ${encoding}\r\n`), () => {
              if (when === "sent") socket.resetAndDestroy();
            });
            socket.once("data", () => socket.resetAndDestroy());
          });
        }
      }
      const after = await rawExchange(port, rawRequest("/big", "GET", "Accept-Encoding: br\r\n"));
      expect([after.status, after.cutOff]).toEqual([200, false]);
      expect((await rawExchange(port, rawRequest("/"))).status).toBe(200);
      expect(lines).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
