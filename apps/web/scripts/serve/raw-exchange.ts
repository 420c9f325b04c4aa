import { connect } from "node:net";

/** What came back over a raw connection: the text (latin1) and whether the guard cut it off. */
export interface RawReply {
  text: string;
  status?: number;
  cutOff: boolean;
}

/**
 * Sends `bytes` as they are over a new TCP connection to 127.0.0.1:`port` and collects what
 * comes back until the server closes the connection (send `Connection: close`), or until
 * `guardMs` pass (a hang guard, not a measurement), when the reply is marked `cutOff`.
 */
export function rawExchange(
  port: number,
  bytes: string | Buffer,
  guardMs = 15_000,
): Promise<RawReply> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, "127.0.0.1");
    let cutOff = false;
    const guard = setTimeout(() => {
      cutOff = true;
      socket.destroy();
    }, guardMs);
    const finish = () => {
      clearTimeout(guard);
      const text = Buffer.concat(chunks).toString("latin1");
      const status = /^HTTP\/1\.[01] (\d{3}) /.exec(text)?.[1];
      resolve({ text, status: status ? Number(status) : undefined, cutOff });
    };
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", () => {});
    socket.on("close", finish);
    socket.write(typeof bytes === "string" ? Buffer.from(bytes, "latin1") : bytes);
  });
}

/** A GET (or `method`) of `target` as raw HTTP/1.1 bytes with a Host header and `Connection: close`. */
export function rawRequest(target: string, method = "GET", extraHeaders = ""): string {
  return `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extraHeaders}Connection: close\r\n\r\n`;
}
