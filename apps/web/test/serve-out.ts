import type { AddressInfo } from "node:net";
import { createStaticServer } from "@/scripts/serve.mjs";

/** Serves an export folder on 127.0.0.1 on a free port; returns its origin and a stop function. */
export async function serveOut(
  root: string,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createStaticServer(root);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
