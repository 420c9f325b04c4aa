import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** One document the test site serves. */
interface Page {
  type: string;
  body: string;
}

/** A small publication on 127.0.0.1 for the tests, answering conditional requests with 304. */
export interface TestSite {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** `127.0.0.1:<port>`, as messages name the host. */
  host: string;
  /** Each request as it arrived, with the status sent. */
  requests: Array<{ path: string; status: number }>;
  close(): Promise<void>;
}

/** The first paragraph of the article the Markdown alternate holds, exactly. */
export const MARKDOWN_LEAD =
  "The harbour ferry resumed its night crossings on Monday — with “quiet” engines.";
/** A sentence of the feed's content for the item whose page is missing. */
export const CONTENT_SENTENCE = "Allotment holders voted to share one well between forty plots.";
/** A sentence of the page without alternates. */
export const PAGE_SENTENCE =
  "The library's reading room reopened after a winter of repairs to its glass roof.";

function articleMarkdown(): string {
  return `---
schemaVersion: 1
id: ferry-1
slug: night-ferry-returns
headline: Night ferry returns
articleSection: City
datePublished: "2026-03-02T08:00:00Z"
---

${MARKDOWN_LEAD}

## Timetable

Boats leave every *forty* minutes until 1 a.m.
`;
}

function paragraphs(sentence: string): string {
  const filler =
    "Residents said the change had been discussed for years at meetings of the council.";
  return `<p>${sentence}</p>${`<p>${filler} ${filler}</p>`.repeat(20)}`;
}

function pages(origin: string): Map<string, Page> {
  const html = (head: string, body: string): Page => ({
    type: "text/html; charset=utf-8",
    body: `<!doctype html><html lang="en"><head><title>Test</title>${head}</head><body>${body}</body></html>`,
  });
  const feedLink = `<link rel="alternate" type="application/atom+xml" href="/feed.xml" title="Test Gazette">`;
  const entry = (id: string, title: string, date: string, link: string, extra: string) =>
    `<entry><id>${origin}/${id}</id><title>${title}</title><link rel="alternate" type="text/html" href="${origin}${link}"/><published>${date}</published><updated>${date}</updated>${extra}</entry>`;
  const feed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><id>${origin}/</id><title>Test Gazette</title><updated>2026-03-03T09:00:00Z</updated>
${entry("ferry", "Night ferry returns", "2026-03-02T08:00:00Z", "/articles/ferry", '<category term="City"/><summary type="text">The ferry is back.</summary>')}
${entry("well", "Allotments share a well", "2026-03-03T09:00:00Z", "/articles/well", `<category term="Gardens"/><content type="html">${escapeXml(paragraphs(CONTENT_SENTENCE))}</content>`)}
${entry("library", "Reading room reopens", "2026-03-01T07:00:00Z", "/articles/library", '<summary type="text">The reading room is open again.</summary>')}
</feed>`;
  return new Map<string, Page>([
    ["/", html(feedLink, "<h1>Test Gazette</h1><p>Home.</p>")],
    ["/feed.xml", { type: "application/atom+xml", body: feed }],
    [
      "/articles/ferry",
      html(
        `${feedLink}<link rel="alternate" type="text/markdown" href="/articles/ferry.md" title="This article as Markdown">`,
        `<article><h1>Night ferry returns (page)</h1>${paragraphs("The page's own text, which the Markdown should win over.")}</article>`,
      ),
    ],
    ["/articles/ferry.md", { type: "text/markdown; charset=utf-8", body: articleMarkdown() }],
    [
      "/articles/library",
      html("", `<article><h1>Reading room reopens</h1>${paragraphs(PAGE_SENTENCE)}</article>`),
    ],
    ["/notes.txt", { type: "text/plain", body: "just some notes" }],
  ]);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function answer(
  site: Map<string, Page>,
  request: IncomingMessage,
  response: ServerResponse,
): number {
  const path = (request.url ?? "/").split("?")[0] ?? "/";
  const page = site.get(path);
  if (page === undefined) {
    response.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
    return 404;
  }
  const etag = `"${createHash("sha256").update(page.body).digest("hex").slice(0, 16)}"`;
  if (request.headers["if-none-match"] === etag) {
    response.writeHead(304, { etag }).end();
    return 304;
  }
  response.writeHead(200, { "content-type": page.type, etag }).end(page.body);
  return 200;
}

/**
 * Starts the test publication: a home page announcing an Atom feed of three items (one with a
 * Markdown alternate announced by its page, one with full content whose page is missing, one
 * with a summary and a page without alternates), the pages, the Markdown, and a plain-text file.
 */
export async function startTestSite(): Promise<TestSite> {
  const sockets = new Set<Socket>();
  const requests: TestSite["requests"] = [];
  let site = new Map<string, Page>();
  const server = createServer((request, response) => {
    const status = answer(site, request, response);
    requests.push({ path: request.url ?? "/", status });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  site = pages(origin);
  return {
    origin,
    host: `127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
