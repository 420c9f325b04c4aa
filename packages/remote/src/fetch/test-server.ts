import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

type Handler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

/** A real HTTP server on 127.0.0.1 for the tests, one handler per path. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  host: string;
  /** Each request as it arrived: path and headers. */
  requests: Array<{ path: string; headers: IncomingMessage["headers"] }>;
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

/** Starts a {@link TestServer}; unknown paths answer 404. */
export async function startTestServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const requests: TestServer["requests"] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    const path = request.url ?? "/";
    requests.push({ path, headers: request.headers });
    const handler = routes.get(path.split("?")[0] ?? path);
    if (handler === undefined) {
      response.writeHead(404).end("not here");
      return;
    }
    Promise.resolve(handler(request, response)).catch(() => response.destroy());
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    route: (path, handler) => routes.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Writes a chunk and waits until the socket took it, or the client went away (false). */
export function writeAndWait(
  response: ServerResponse,
  chunk: Uint8Array | string,
): Promise<boolean> {
  return new Promise((resolve) => {
    if (response.destroyed || response.writableEnded) {
      resolve(false);
      return;
    }
    const ok = response.write(chunk);
    if (ok) {
      resolve(true);
      return;
    }
    const done = (alive: boolean) => () => {
      response.off("drain", onDrain);
      response.off("close", onClose);
      resolve(alive);
    };
    const onDrain = done(true);
    const onClose = done(false);
    response.once("drain", onDrain);
    response.once("close", onClose);
  });
}
