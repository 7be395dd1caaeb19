// The yardstick of `npm run bench:reader`: the least a Node server can do to send the reader's page, a bare
// node:http server answering every request with the same bytes, read once. Usage: bare-page-server.ts PORT FILE.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [port, file] = process.argv.slice(2);
const body = readFileSync(file!);
createServer((_request, response) => {
  response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
  response.end(body);
}).listen(Number(port));
process.on("SIGTERM", () => process.exit(0));
