import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { DebatePage } from "./pages/debate-page";
import { SignInPage } from "./pages/sign-in-page";
import { DEMO_STUDENT } from "./support/data";
import { h20Stance } from "./support/h20";
import { zh } from "./support/messages";
import { healthStatus, SecondServer } from "./support/second-server";
import { expect, test } from "./support/test";

// The stop a service manager (systemd, Docker) or Ctrl-C gives `npm start`, and a start on a busy port.
// Each test runs its own copy of the app (e2e/support/second-server.ts), so the suite's server is untouched.

const STOP_LIMIT_MS = 10_000; // scripts/server/graceful-stop.cjs, SHUTDOWN_TIMEOUT's default
const DEMO_ASSIGNMENT = "demo-assignment-h20";

test("a start on a port already in use stops with one sentence naming the port, before anything says Serving", () => {
  const port = Number(new URL(test.info().project.use.baseURL!).port); // the suite's own server holds it
  const second = new SecondServer(port);
  const run = spawnSync("npm", ["start"], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: second.databaseUrl, NEXTAUTH_SECRET: "x".repeat(32) },
    encoding: "utf8",
    timeout: 60_000,
  });
  const output = run.stdout + run.stderr;
  expect(run.status, output).toBe(1);
  expect(output).toContain(`Cannot start: port ${port} is already in use (EADDRINUSE)`);
  expect(output).not.toContain("Serving");
  expect(existsSync(path.join(second.dir, "classroom.db")), "nothing was migrated").toBe(false);
});

test("SIGTERM with an open board and a busy keep-alive client: the server drains and exits within its limit, no acknowledged answer is lost, and the board comes back by itself after a restart", async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const server = new SecondServer(3102);
  await server.start();

  // The demo student: the board open (its event stream), and a quiz attempt to save answers into.
  const context = await browser.newContext({ baseURL: server.baseURL });
  const page = await context.newPage();
  await new SignInPage(page).signInAs(DEMO_STUDENT.login, DEMO_STUDENT.password, "/student");
  await page.goto(`/student/assignments/${DEMO_ASSIGNMENT}/debate`);
  await new DebatePage(page).giveStance(h20Stance(3));
  expect(
    (await page.request.post("/api/quiz/start", { form: { assignmentId: DEMO_ASSIGNMENT }, maxRedirects: 0 })).status(),
  ).toBe(303);
  const db = new Database(server.databaseUrl.slice("file:".length), { readonly: true });
  const { attemptId } = db
    .prepare(`SELECT "id" AS attemptId FROM "QuizAttempt" WHERE "userId" = 'demo-student-1'`)
    .get() as { attemptId: string };
  const items = (
    db.prepare(`SELECT "id", "content" FROM "QuizItem" ORDER BY "position"`).all() as { id: string; content: string }[]
  ).filter((i) => JSON.parse(i.content).type === "true_false");
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

  // Four keep-alive connections saving answers back to back, as a class handing in would.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const acknowledged = new Map<string, number>();
  let seq = 0;
  let refused = 0;
  const save = (itemId: string, clientSeq: number) =>
    new Promise<boolean>((resolve) => {
      const body = JSON.stringify({ attemptId, itemId, value: clientSeq % 2 === 0, clientSeq });
      const request = http.request(
        {
          host: "127.0.0.1",
          port: server.port,
          path: "/api/quiz/answers",
          method: "POST",
          agent,
          headers: { cookie, "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        },
        (response) => {
          let text = "";
          response.on("data", (d) => (text += d));
          response.on("end", () => {
            const ok = response.statusCode === 200 && (JSON.parse(text) as { ok: boolean }).ok;
            if (ok) acknowledged.set(itemId, Math.max(acknowledged.get(itemId) ?? 0, clientSeq));
            else refused++;
            resolve(true);
          });
        },
      );
      request.on("error", () => resolve(false)); // the server is gone: this client stops
      request.end(body);
    });
  const client = async (itemId: string) => {
    while (await save(itemId, ++seq));
  };
  const clients = items.slice(0, 4).map((i) => client(i.id));
  await expect.poll(() => acknowledged.size, { timeout: 20_000 }).toBe(Math.min(4, items.length));
  await new Promise((r) => setTimeout(r, 2000)); // busy for a while: requests are in flight when the stop comes
  const sentBeforeStop = seq;

  // As systemd or `docker stop` does: SIGTERM to `npm start` alone.
  const stopMs = await server.stop("SIGTERM");
  await Promise.all(clients);
  console.log(
    `npm start and all it started were gone ${stopMs} ms after SIGTERM; ${seq} saves sent (${seq - sentBeforeStop} after it), ${refused} refused`,
  );
  expect(stopMs).toBeLessThan(STOP_LIMIT_MS);
  expect(server.output).toContain("SIGTERM: stopping.");
  expect(server.output).toContain("Stopped cleanly."); // drained, not cut off at the limit
  expect(await healthStatus(server.port)).toBe(0);
  expect(refused).toBe(0);

  // Every acknowledged answer is in the database.
  for (const [itemId, clientSeq] of acknowledged) {
    const stored = db
      .prepare(`SELECT "clientSeq" FROM "QuizAnswer" WHERE "attemptId" = ? AND "itemId" = ?`)
      .get(attemptId, itemId) as { clientSeq: number };
    expect(stored.clientSeq).toBeGreaterThanOrEqual(clientSeq);
  }
  db.close();

  // The board says it lost the server, and comes back by itself once the server is back.
  await expect(page.getByRole("status").filter({ hasText: zh.debate.liveReconnecting })).toBeVisible();
  await server.start();
  await expect(page.getByRole("status").filter({ hasText: zh.debate.live })).toBeVisible({ timeout: 45_000 });

  // Ctrl-C in a terminal (SIGINT to every process of it) stops it the same way, with the board open.
  expect(await server.stop("SIGINT", { to: "group" })).toBeLessThan(STOP_LIMIT_MS);
  expect(server.output).toContain("SIGINT: stopping.");
  expect(server.output).toContain("Stopped cleanly.");
  expect(await healthStatus(server.port)).toBe(0);
  await context.close();
});
