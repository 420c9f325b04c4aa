import type { AddressInfo } from "node:net";
import { createStaticServer } from "@/scripts/serve.mjs";

/** A static server on 127.0.0.1 with the path of every request it was asked for. */
export interface LoggedServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  /** The request targets in the order they came. */
  requests: string[];
  /** Stops listening and ends its open connections. */
  close: () => Promise<void>;
}

/**
 * Serves `root` as the site's own server does (scripts/serve.mjs) on a free port of 127.0.0.1,
 * logging each request's target. The folder may be filled after the server starts: a file is
 * looked up when it is asked for, so the port, and the origin a site is built for, is known
 * before the build.
 */
export async function serveLogged(root: string): Promise<LoggedServer> {
  const server = createStaticServer(root);
  const requests: string[] = [];
  server.on("request", (request) => requests.push(request.url ?? ""));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
