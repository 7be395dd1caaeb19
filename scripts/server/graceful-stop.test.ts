import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { listeningPort } from "./listening-port";

// The bounded stop (graceful-stop.cjs) on a plain Node server, as the preload sees Next's: a slow request in
// flight, an idle keep-alive connection, an open event stream, a request that never ends.
const SERVER = `
const http = require("node:http");
const lifecycle = globalThis.classroomLifecycle;
const server = http.createServer((req, res) => {
  if (req.url === "/stream") {
    res.writeHead(200, { "content-type": "text/event-stream" });
    res.write(": open\\n\\n");
    lifecycle.onDrain.add(() => res.end("event: restart\\ndata: {}\\n\\n"));
  } else if (req.url === "/slow") setTimeout(() => res.end("saved"), 800);
  else if (req.url === "/hang") {}
  else if (req.url === "/reject") { Promise.reject(new Error("boom in a handler")); res.end("ok"); }
  else res.end("ok");
});
server.listen(0, "127.0.0.1", () => console.log("PORT " + server.address().port));
`;

type Server = {
  child: ChildProcess;
  port: number;
  output: () => string;
  exit: Promise<{ code: number | null; ms: number }>;
};
let running: Server | undefined;

async function startServer(env: Record<string, string> = {}): Promise<Server> {
  const child = spawn(process.execPath, ["--require", path.resolve("scripts/server/graceful-stop.cjs"), "-e", SERVER], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  let signalledAt = 0;
  const originalKill = child.kill.bind(child);
  child.kill = (signal?: NodeJS.Signals | number) => {
    signalledAt = Date.now();
    return originalKill(signal);
  };
  const exit = new Promise<{ code: number | null; ms: number }>((resolve) =>
    child.once("exit", (c) => resolve({ code: c, ms: Date.now() - signalledAt })),
  );
  const port = await listeningPort(child, () => output);
  running = { child, port, output: () => output, exit };
  return running;
}

function get(
  port: number,
  urlPath: string,
  agent: http.Agent | false = false,
): Promise<{ status: number; body: string; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: urlPath, agent }, (res) => {
        let body = "";
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }));
      })
      .on("error", reject);
  });
}

afterEach(() => {
  running?.child.kill("SIGKILL");
  running = undefined;
});

describe("the server's stop (scripts/server/graceful-stop.cjs)", () => {
  it("on SIGTERM finishes the request in flight, ends the open event stream with 'restart', closes idle keep-alive connections, and exits 0 at once", async () => {
    const server = await startServer();
    const agent = new http.Agent({ keepAlive: true });
    await get(server.port, "/", agent); // leaves an idle keep-alive connection
    const stream = new Promise<string>((resolve) => {
      http.get({ host: "127.0.0.1", port: server.port, path: "/stream" }, (res) => {
        let text = "";
        res.on("data", (d) => (text += d));
        res.on("end", () => resolve(text));
      });
    });
    await new Promise((r) => setTimeout(r, 100));
    const slow = get(server.port, "/slow");
    await new Promise((r) => setTimeout(r, 100));
    server.child.kill("SIGTERM");
    expect(await slow).toMatchObject({ status: 200, body: "saved" }); // acknowledged, not cut off
    expect(await stream).toContain("event: restart");
    const { code, ms } = await server.exit;
    expect(code).toBe(0);
    expect(ms).toBeLessThan(3000);
    expect(server.output()).toMatch(/SIGTERM: stopping\. Finishing 2 request\(s\) in flight/);
    expect(server.output()).toContain("Stopped cleanly.");
    agent.destroy();
  });

  it("closes a busy keep-alive connection after the answer in flight: the client's next request is refused, never left half done", async () => {
    const server = await startServer();
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const slow = get(server.port, "/slow", agent);
    await new Promise((r) => setTimeout(r, 100));
    server.child.kill("SIGTERM");
    const next = get(server.port, "/", agent).catch((error: NodeJS.ErrnoException) => error.code); // queued on that connection
    expect(await slow).toMatchObject({ status: 200, body: "saved" });
    // Either refused (the client sends it again later, elsewhere) or, if it slipped in, answered and closed.
    const outcome = await next;
    if (typeof outcome === "string") expect(outcome).toMatch(/^(ECONNRESET|ECONNREFUSED|EPIPE)$/);
    else expect(outcome).toMatchObject({ status: 200, connection: "close" });
    expect((await server.exit).code).toBe(0);
    agent.destroy();
  });

  it("cuts off what is still in flight at SHUTDOWN_TIMEOUT and exits 1", async () => {
    const server = await startServer({ SHUTDOWN_TIMEOUT: "1" });
    const hung = get(server.port, "/hang").catch(() => "cut off");
    await new Promise((r) => setTimeout(r, 100));
    server.child.kill("SIGTERM");
    const { code, ms } = await server.exit;
    expect(code).toBe(1);
    expect(ms).toBeGreaterThanOrEqual(900);
    expect(ms).toBeLessThan(3000);
    expect(await hung).toBe("cut off");
    expect(server.output()).toContain("requests still in flight were cut off");
  });

  it("logs an unhandled rejection with the time, and keeps serving", async () => {
    const server = await startServer();
    expect((await get(server.port, "/reject")).status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    expect((await get(server.port, "/")).status).toBe(200);
    expect(server.output()).toMatch(
      /\[\d{4}-\d\d-\d\dT[^\]]+\] Unhandled promise rejection \(\d+ request\(s\) in flight\): Error: boom in a handler/,
    );
  });
});
