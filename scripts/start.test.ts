import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** `npm start` with a bad database setting must stop before serving, and say why. */
function start(databaseUrl: string, env: Record<string, string> = {}) {
  const cwd = process.cwd();
  const result = spawnSync(process.execPath, [path.join(cwd, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
    cwd,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: "3998", NEXTAUTH_SECRET: "x", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe("npm start refuses a database it cannot use", () => {
  it.each([
    ["mysql://root@localhost/classroom", /Cannot start: DATABASE_URL must be empty .* postgresql:\/\//],
    ["postgresql://localhost", /Cannot start: DATABASE_URL names no database/],
  ])("malformed: %s", (url, message) => {
    const { status, output } = start(url);
    expect(status).toBe(1);
    expect(output).toMatch(message);
  });

  it("unreachable PostgreSQL", () => {
    // Port 9 (discard) on loopback: nothing listens there, so the connection is refused at once.
    const { status, output } = start("postgresql://postgres@127.0.0.1:9/classroom");
    expect(status).toBe(1);
    expect(output).toMatch(
      /Cannot start: Cannot use PostgreSQL \(postgres@127\.0\.0\.1:9\/classroom\): the server cannot be reached \(ECONNREFUSED\)/,
    );
  });

  it("a SQLite file that cannot be created", () => {
    const blocker = path.join(mkdtempSync(path.join(tmpdir(), "classroom-")), "a-file");
    writeFileSync(blocker, "");
    const { status, output } = start(`file:${blocker}/classroom.db`);
    expect(status).toBe(1);
    expect(output).toMatch(/Cannot start: Cannot use SQLite \(.*a-file\/classroom\.db\): .*\((ENOTDIR|EEXIST)\)/);
  });
});

describe("npm start refuses a sign-up policy it does not know", () => {
  it("says which values TEACHER_SIGNUP takes", () => {
    const { status, output } = start("file:./data/never-used.db", { TEACHER_SIGNUP: "maybe" });
    expect(status).toBe(1);
    expect(output).toMatch(/Cannot start: TEACHER_SIGNUP is "maybe"; it must be one of open, approval, invite\./);
  });
});

describe("npm start refuses a Redis it cannot use, and a process count it does not understand", () => {
  it.each([
    ["redis//localhost:6379", /Cannot start: REDIS_URL is not an address \(redis\/\/localhost:6379\)/],
    ["http://localhost:6379", /Cannot start: REDIS_URL must start with redis:\/\/ or rediss:\/\/, not http:\/\/\./],
    ["redis://localhost:6379/cache", /Cannot start: REDIS_URL's path must be a database number/],
  ])("malformed REDIS_URL: %s", (url, message) => {
    const { status, output } = start("file:./data/never-used.db", { REDIS_URL: url });
    expect(status).toBe(1);
    expect(output).toMatch(message);
  });

  it("unreachable Redis: says where it looked, without the password, and what to do", () => {
    const { status, output } = start("file:./data/never-used.db", { REDIS_URL: "redis://:hunter2@127.0.0.1:9" });
    expect(status).toBe(1);
    expect(output).toMatch(
      /Cannot start: Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:9 does not answer \(ECONNREFUSED\): start it, or unset REDIS_URL/,
    );
    expect(output).not.toContain("hunter2");
  });

  it("WEB_CONCURRENCY that is not a number of processes", () => {
    const { status, output } = start("file:./data/never-used.db", { WEB_CONCURRENCY: "lots" });
    expect(status).toBe(1);
    expect(output).toMatch(
      /Cannot start: WEB_CONCURRENCY is "lots"; it must be a whole number of server processes from 1 to 64\./,
    );
  });
});
