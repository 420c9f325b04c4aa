// Serves a static export folder with the web app's own server (its scripts/serve.mjs, loaded
// from the path given) on 127.0.0.1:$PORT and prints one line per answered request,
// "<status> <path>", so the benchmark can tell a 200 from a 304.
import { pathToFileURL } from "node:url";

const [root, serveScript] = process.argv.slice(2);
const port = Number(process.env.PORT);
if (!root || !serveScript || !Number.isInteger(port)) {
  console.error("usage: PORT=<port> node counting-server.mjs <folder> <path of serve.mjs>");
  process.exit(2);
}
const { createStaticServer } = await import(pathToFileURL(serveScript).href);
const server = createStaticServer(root);
server.on("request", (request, response) => {
  response.on("finish", () => console.log(`${response.statusCode} ${request.url}`));
});
server.on("error", (error) => {
  console.error(`cannot serve on 127.0.0.1:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, "127.0.0.1", () => console.log(`serving ${root}`));
