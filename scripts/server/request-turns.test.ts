import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { listeningPort } from "./listening-port";

// request-turns.cjs on a plain Node server, as the preload sees Next's. Every request costs the server 10 ms of
// its one thread, like a page render. Eight keep-alive clients keep it busy (each sends its next request as its
// answer arrives), then 20 students arrive at once, each on a new connection. The server numbers its answers,
// so the test counts how many answers to the busy clients went out before the last new student's: counts, not
// times, so a slower machine gives the same result.
const SERVER = `
const http = require("node:http");
let served = 0;
const server = http.createServer((req, res) => {
  const end = performance.now() + 10;
  while (performance.now() < end);
  res.end(String(++served));
});
server.listen(0, "127.0.0.1", () => console.log("PORT " + server.address().port));
`;

const BUSY_CLIENTS = 8;
const NEW_STUDENTS = 20;

let child: ChildProcess | undefined;

async function startServer(preload: string[]): Promise<number> {
  child = spawn(process.execPath, [...preload, "-e", SERVER], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  return listeningPort(child, () => output);
}

function get(port: number, agent: http.Agent | false): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: "/", agent }, (res) => {
        let body = "";
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve(Number(body)));
      })
      .on("error", reject);
  });
}

/** The answer number of the last new student, and of the last busy answer sent before the students arrived. */
async function burst(port: number): Promise<{ arrivedAfter: number; lastStudent: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: BUSY_CLIENTS });
  let lastBusy = 0;
  let stop = false;
  const busy = Array.from({ length: BUSY_CLIENTS }, async () => {
    while (!stop) lastBusy = Math.max(lastBusy, await get(port, agent));
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const arrivedAfter = lastBusy;
  const students = await Promise.all(Array.from({ length: NEW_STUDENTS }, () => get(port, false)));
  stop = true;
  await Promise.all(busy);
  agent.destroy();
  return { arrivedAfter, lastStudent: Math.max(...students) };
}

afterEach(() => {
  child?.kill("SIGKILL");
  child = undefined;
});

describe("starting requests one per turn (scripts/server/request-turns.cjs)", () => {
  it("serves students on new connections in their turn while open connections keep the server busy", async () => {
    const port = await startServer(["--require", path.resolve("scripts/server/request-turns.cjs")]);
    const { arrivedAfter, lastStudent } = await burst(port);
    // In arrival order: the 20 students, the ≤ 8 busy requests waiting when they came and, while the 20
    // connections are taken one a turn, one request a turn.
    expect(lastStudent - arrivedAfter).toBeLessThanOrEqual(NEW_STUDENTS + BUSY_CLIENTS + NEW_STUDENTS + 8);
  }, 30_000);

  it("without it, Node takes one new connection a turn while each turn serves every busy client", async () => {
    const port = await startServer([]);
    const { arrivedAfter, lastStudent } = await burst(port);
    // About one turn of eight busy answers per new connection ahead: what the preload is for.
    expect(lastStudent - arrivedAfter).toBeGreaterThan(3 * (NEW_STUDENTS + BUSY_CLIENTS));
  }, 30_000);
});
