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
