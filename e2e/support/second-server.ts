import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Another copy of the app, started with `npm start` exactly as a teacher or a service manager starts it, on
 * its own port and SQLite file: for the tests that stop, restart or crowd a server (the suite's own server
 * must keep serving the other specs).
 */
export class SecondServer {
  readonly dir = mkdtempSync(path.join(tmpdir(), "classroom-second-"));
  readonly databaseUrl = `file:${path.join(this.dir, "classroom.db")}`;
  process: ChildProcess | undefined;
  output = "";

  /** `env`: settings this copy starts with besides the defaults (e.g. TEACHER_SIGNUP). */
  constructor(
    readonly port: number,
    readonly env: Record<string, string> = {},
  ) {}

  get baseURL() {
    return `http://localhost:${this.port}`;
  }

  /** `npm start`; resolves once /api/health answers 200. */
  async start() {
    this.output = "";
    // A server left running by an earlier, interrupted run would answer the health check below in its place.
    if ((await healthStatus(this.port)) !== 0) throw new Error(`Something already answers on port ${this.port}.`);
    const child = spawn("npm", ["start"], {
      env: {
        ...process.env,
        PORT: String(this.port),
        DATABASE_URL: this.databaseUrl,
        NEXTAUTH_SECRET: "e2e-second-server-secret-0123456789",
        SEED_DEMO: "true",
        ...this.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group, as under a service manager: a stop can be sent to `npm start` alone (as
      // systemd or `docker stop` does) or to the whole group (as Ctrl-C in a terminal does), and the test can
      // tell when every process of it is gone.
      detached: true,
    });
    this.process = child;
    child.stdout!.on("data", (d) => (this.output += d));
    child.stderr!.on("data", (d) => (this.output += d));
    const until = Date.now() + 180_000;
    while (Date.now() < until) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${this.output}`);
      if ((await healthStatus(this.port)) === 200) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`The second server did not answer within 180 s:\n${this.output}`);
  }

  /**
   * Sends `signal` to `npm start` alone, or to its whole process group (`to: "group"`, as Ctrl-C does), and
   * resolves with how long it took until no process of it was left (npm, its shell, the start script, the
   * server), or rejects after `limitMs`.
   */
  async stop(
    signal: NodeJS.Signals,
    { to = "npm", limitMs = 30_000 }: { to?: "npm" | "group"; limitMs?: number } = {},
  ) {
    const group = this.process!.pid!;
    const started = Date.now();
    process.kill(to === "group" ? -group : group, signal);
    while (groupAlive(group)) {
      if (Date.now() - started > limitMs)
        throw new Error(`still running ${limitMs} ms after ${signal}:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return Date.now() - started;
  }
}

/** The health check's HTTP status, or 0 when nothing answers on the port. */
export function healthStatus(port: number): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(
      { host: "127.0.0.1", port, path: "/api/health", agent: false, timeout: 2000 },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("error", () => resolve(0));
    request.on("timeout", () => request.destroy());
  });
}

function groupAlive(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}
