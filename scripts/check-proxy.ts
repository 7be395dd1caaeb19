// `npm run check:proxy`: runs deploy/nginx/classroom.conf (the config docs/deploy.md gives) in front of two app
// servers on one PostgreSQL database, and checks what a school's proxy must do right:
//   1. pages and the health check come through;
//   2. the debate board's event stream comes through as it happens (not buffered), from either server;
//   3. rate limits count the browser's address that nginx appends (TRUST_PROXY=true), not nginx's own, and
//      not an X-Forwarded-For the browser made up;
//   4. with one server stopped, every request still gets an answer (from the other).
// Needs nginx (Debian: apt-get install nginx-light) and PostgreSQL (DATABASE_URL, default: a fresh database
// classroom_proxy_check on 127.0.0.1). Prints each check and exits 1 if one fails.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { joinFrom } from "../e2e/support/join-guess";
import { signIn, waitFor } from "./lib/http";
import { ensureCurrentBuild, startBenchServer } from "./lib/server";
import { openEventStream } from "./lib/sse";

const PROXY_PORT = 3320;
const APP_PORTS = [3321, 3322];
const ASSIGNMENT = "demo-assignment-h20";
const proxy = `http://127.0.0.1:${PROXY_PORT}`;

const nginx = spawnSync("sh", ["-c", "command -v nginx || ls /usr/sbin/nginx"], { encoding: "utf8" }).stdout.trim();
if (!nginx) {
  console.error("nginx is not installed (Debian: apt-get install nginx-light).");
  process.exit(1);
}

const databaseUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/classroom_proxy_check";
if (!process.env.DATABASE_URL) {
  const admin = new pg.Client({ connectionString: "postgresql://postgres@127.0.0.1:5432/postgres" });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS classroom_proxy_check WITH (FORCE)");
  await admin.query("CREATE DATABASE classroom_proxy_check");
  await admin.end();
}

ensureCurrentBuild();
const dir = mkdtempSync(path.join(tmpdir(), "classroom-proxy-"));
const appEnv = { TRUST_PROXY: "true", WEB_CONCURRENCY: "1", NEXTAUTH_SECRET: "" };
// One after the other: the first migrates and seeds the empty database.
const servers = [startBenchServer(APP_PORTS[0]!, databaseUrl, path.join(dir, "app-1.log"), appEnv)];
await waitFor(`http://127.0.0.1:${APP_PORTS[0]}/api/health`);
servers.push(startBenchServer(APP_PORTS[1]!, databaseUrl, path.join(dir, "app-2.log"), appEnv));
await waitFor(`http://127.0.0.1:${APP_PORTS[1]}/api/health`);

// The documented config, with this machine's addresses in place of the example ones.
const site = readFileSync("deploy/nginx/classroom.conf", "utf8")
  .replace(/^\s*server 10\.0\.0\.\d+:3000[^;]*;\n/gm, "")
  .replace(
    "keepalive 32;",
    `${APP_PORTS.map((p) => `server 127.0.0.1:${p} max_fails=2 fail_timeout=10s;`).join("\n    ")}\n    keepalive 32;`,
  )
  .replace("listen 80;", `listen 127.0.0.1:${PROXY_PORT};`);
writeFileSync(path.join(dir, "classroom.conf"), site);
writeFileSync(
  path.join(dir, "nginx.conf"),
  `daemon off;\nworker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n` +
    `  access_log off;\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;\n` +
    `  fastcgi_temp_path ${dir}/fastcgi;\n  uwsgi_temp_path ${dir}/uwsgi;\n  scgi_temp_path ${dir}/scgi;\n` +
    `  include ${dir}/classroom.conf;\n}\n`,
);
const nginxProcess = spawn(nginx, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: "inherit" });

const results: { check: string; ok: boolean; detail: string }[] = [];
const record = (check: string, ok: boolean, detail: string) => {
  results.push({ check, ok, detail });
  console.log(`${ok ? "PASS" : "FAIL"}  ${check}: ${detail}`);
};

try {
  await waitFor(`${proxy}/api/health`);
  const page = await fetch(`${proxy}/sign-in`);
  record("pages come through", page.status === 200, `GET /sign-in → ${page.status}`);

  // The app sends pages as they are (decision 0052); nginx gzips them for the browser.
  const gzip = { "accept-encoding": "gzip" };
  const zipped = (await fetch(`${proxy}/sign-in`, { headers: gzip })).headers.get("content-encoding");
  const direct = (await fetch(`http://127.0.0.1:${APP_PORTS[0]}/sign-in`, { headers: gzip })).headers.get(
    "content-encoding",
  );
  record(
    "nginx gzips the pages the app sends uncompressed",
    zipped === "gzip" && direct === null,
    `GET /sign-in asking for gzip: through nginx ${zipped ?? "uncompressed"}, from the app ${direct ?? "uncompressed"}`,
  );

  // 2. The teacher's stream, through nginx, hears each student's reading progress within a second: three first
  // opens of the reader, then a "mark as read" (an open within a minute of the last one changes nothing).
  const teacher = await signIn(proxy, "teacher@demo.school", "demo-teacher-h20");
  const heard: number[] = [];
  const stream = await openEventStream(`${proxy}/api/debate/${ASSIGNMENT}/events`, teacher, (e) => {
    if (e.event === "change") heard.push(e.receivedAt);
  });
  await stream.ready;
  const delays: number[] = [];
  for (const [i, login] of ["student1", "student2", "student3", "student1"].entries()) {
    const cookie = await signIn(proxy, login, "demo-student-h20");
    const before = heard.length;
    const sent = Date.now();
    // Straight to each server in turn, so that half the changes happen on the server the stream is not on.
    const server = `http://127.0.0.1:${APP_PORTS[i % 2]}`;
    const reader = `${server}/student/assignments/${ASSIGNMENT}`;
    if (i < 3) await fetch(reader, { headers: { cookie } }).then((r) => r.text());
    else
      await fetch(`${server}/api/reader/read`, {
        method: "POST",
        headers: { cookie, origin: server, referer: reader, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ assignmentId: ASSIGNMENT, read: "true" }),
        redirect: "manual",
      }).then((r) => r.text());
    while (heard.length === before && Date.now() - sent < 5000) await new Promise((r) => setTimeout(r, 10));
    delays.push(heard.length > before ? heard[before]! - sent : Number.POSITIVE_INFINITY);
  }
  stream.close();
  record(
    "the event stream comes through as it happens",
    delays.every((d) => d < 1000),
    `3 reader opens and a "mark as read", on each server in turn, heard by the teacher's stream through nginx after ${delays.map((d) => `${d} ms`).join(", ")}`,
  );

  // 3. Wrong join codes through nginx count per browser address (nginx's $proxy_add_x_forwarded_for).
  const replies: string[] = [];
  for (let i = 1; i <= 31; i++) replies.push(await joinFrom(proxy, "127.0.0.61", `198.51.100.${i}`, "WRONG1"));
  const other = await joinFrom(proxy, "127.0.0.62", "198.51.100.1", "WRONG1");
  record(
    "limits count the browser's address, not the proxy's or a made-up one",
    replies.slice(0, 30).every((r) => r.includes("joinCodeUnknown")) &&
      replies[30]!.includes("tooManyAttempts") &&
      other.includes("joinCodeUnknown"),
    "30 wrong codes from one address (each with a made-up X-Forwarded-For) → the 31st refused; another address → still answered",
  );

  // 4. One server stops; nginx sends everything to the other.
  servers[0]!.stop();
  const statuses: number[] = [];
  for (let i = 0; i < 20; i++) statuses.push((await fetch(`${proxy}/sign-in`)).status);
  record(
    "with one server stopped, every request is answered",
    statuses.every((s) => s === 200),
    `20 pages while server 1 stops and is gone: ${[...new Set(statuses)].join(", ")}`,
  );
} finally {
  nginxProcess.kill("SIGQUIT");
  for (const server of servers) server.stop();
  await new Promise((r) => setTimeout(r, 1000));
  rmSync(dir, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok).length;
console.log(failed ? `\n${failed} check(s) failed.` : "\nnginx config: every check passed.");
process.exit(failed ? 1 : 0);
