// `npm run size`: first-load JavaScript of the reader page, gzipped, against the 130 KB budget (issue #3).
// Builds if needed, serves the build on a throw-away database, signs in as a demo student, loads the
// reader as a browser would, and gzips every script the page's HTML loads; also the page's HTML. The reader
// is measured twice: on the seeded article and on a teacher's own reading of the same text (made through the
// teacher's forms' code, scripts/lib/authored-reading.ts). Exits 1 if either is over budget. The student's
// debate board (in its rebuttal phase, past the stance question) is printed too, without a budget.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { createDb } from "../lib/db/client";
import { parseDatabaseUrl } from "../lib/db/database-url";
import { authoredCopyOfLibraryReading } from "./lib/authored-reading";
import { signIn } from "./lib/http";
import { ensureCurrentBuild } from "./lib/server";

const BUDGET_KB = 130;
const PORT = 3199;
const base = `http://localhost:${PORT}`;

ensureCurrentBuild();

const dir = mkdtempSync(path.join(tmpdir(), "classroom-size-"));
const databaseUrl = `file:${dir}/size.db`;
const server = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
  env: {
    ...process.env,
    PORT: String(PORT),
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: "size-script-secret",
    SEED_DEMO: "true",
  },
  stdio: "ignore",
  detached: true,
});
const stop = () => process.kill(-server.pid!, "SIGTERM");

try {
  await waitFor(`${base}/api/health`);
  const cookie = await signIn(base, "student1", "demo-student-h20");
  const authored = await authoredAssignment();
  await boardPastItsStanceQuestion(cookie);
  const pages = {
    reader: "/student/assignments/demo-assignment-h20",
    "reader (own)": `/student/assignments/${authored}`,
    "student home": "/student",
    "debate board": "/student/assignments/demo-assignment-h20/debate",
    "sign-in": "/sign-in",
  };
  let readerKb = 0;
  let ownReaderKb = 0;
  for (const [name, url] of Object.entries(pages)) {
    const html = await (await fetch(base + url, { headers: { cookie } })).text();
    if (name === "reader" && !html.includes('data-pid="h20-p01"'))
      throw new Error("the reader page did not render the article");
    if (name === "reader (own)" && !html.includes("（自編）")) throw new Error("the own reading did not render");
    if (name === "debate board" && !html.includes("debate-columns")) throw new Error("the board did not render");
    // noModule scripts are polyfills for old browsers; current ones neither fetch nor run them.
    const scripts = [
      ...new Set(
        [...html.matchAll(/<script([^>]*)src="([^"]+)"([^>]*)>/g)]
          .filter((m) => !/nomodule/i.test(m[1]! + m[3]!))
          .map((m) => m[2]!),
      ),
    ];
    let total = 0;
    for (const src of scripts)
      total += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
    const kb = total / 1024;
    if (name === "reader") readerKb = kb;
    if (name === "reader (own)") ownReaderKb = kb;
    const htmlKb = gzipSync(Buffer.from(html)).length / 1024;
    console.log(
      `${name.padEnd(14)} ${String(scripts.length).padStart(2)} scripts  ${kb.toFixed(1).padStart(6)} KB gzipped first-load JS  ${htmlKb.toFixed(1).padStart(5)} KB gzipped HTML`,
    );
  }
  const worst = Math.max(readerKb, ownReaderKb);
  console.log(
    `reader budget: ${BUDGET_KB} KB → ${worst <= BUDGET_KB ? "within budget" : "OVER BUDGET"} (${readerKb.toFixed(1)} KB seeded, ${ownReaderKb.toFixed(1)} KB own)`,
  );
  stop();
  process.exit(worst <= BUDGET_KB ? 0 : 1);
} catch (error) {
  stop();
  throw error;
}

/** An assignment in the demo class of a teacher's own copy of the article, open now. */
async function authoredAssignment(): Promise<string> {
  const db = createDb(parseDatabaseUrl(databaseUrl));
  try {
    const readingId = await authoredCopyOfLibraryReading(db);
    const { id } = await db.assignment.create({
      data: { classroomId: "demo-class", readingId, title: "自編文章", opensAt: new Date(Date.now() - 60_000) },
    });
    return id;
  } finally {
    await db.$disconnect();
  }
}

/** The demo student's board as they see it once they have said where they stand, in the rebuttal phase. */
async function boardPastItsStanceQuestion(cookie: string) {
  await (await fetch(`${base}/student/assignments/demo-assignment-h20/debate`, { headers: { cookie } })).text(); // takes the seat
  const db = createDb(parseDatabaseUrl(databaseUrl));
  try {
    await db.debate.update({
      where: { assignmentId: "demo-assignment-h20" },
      data: { phase: "rebuttal", phaseSetAt: new Date() },
    });
    await db.debateParticipant.updateMany({ where: { userId: "demo-student-1" }, data: { stanceBefore: 3 } });
  } finally {
    await db.$disconnect();
  }
}

async function waitFor(url: string) {
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${url} did not answer`);
}
