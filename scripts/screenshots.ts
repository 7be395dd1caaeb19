// `npm run screenshots -- <folder>`: every page of the app as the demo teacher, a demo student and a visitor
// see it, full length, at 1280 and 360 px wide, as PNGs in <folder> (default /tmp/screenshots). For looking
// at what was built and comparing it with before (run it on the old commit into another folder). Builds if
// needed and serves the build on a throw-away database with the demo class. Chinese needs a CJK font on the
// machine (Debian: fonts-noto-cjk), or it renders as boxes.
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, chromium, type Page } from "@playwright/test";
import { findChromium } from "../e2e/support/browser";
import { createDb } from "../lib/db/client";
import { parseDatabaseUrl } from "../lib/db/database-url";
import { authoredCopyOfLibraryReading } from "./lib/authored-reading";
import { waitFor } from "./lib/http";
import { portInUse } from "./lib/port";
import { ensureCurrentBuild, startBenchServer } from "./lib/server";

const PORT = 3195;
const base = `http://localhost:${PORT}`;
const out = path.resolve(process.argv[2] ?? "/tmp/screenshots");
const WIDTHS = [1280, 360] as const;

const A = "/teacher/assignments/demo-assignment-h20";
const C = "/teacher/classes/demo-class";
const S = "/student/assignments/demo-assignment-h20";
const PAGES: { who: "visitor" | "teacher" | "student"; name: string; url: string }[] = [
  { who: "visitor", name: "sign-in", url: "/sign-in" },
  { who: "visitor", name: "sign-up", url: "/sign-up" },
  { who: "visitor", name: "join", url: "/join" },
  { who: "visitor", name: "reset-password", url: "/reset-password" },
  { who: "teacher", name: "teacher-home", url: "/teacher" },
  { who: "teacher", name: "class", url: C },
  { who: "teacher", name: "assignment-new", url: `${C}/assignments/new` },
  { who: "teacher", name: "gradebook", url: `${C}/gradebook` },
  { who: "teacher", name: "student-grades", url: `${C}/students/demo-student-1` },
  { who: "teacher", name: "assignment", url: A },
  { who: "teacher", name: "assignment-edit", url: `${A}/edit` },
  { who: "teacher", name: "assignment-delete", url: `${A}/delete` },
  { who: "teacher", name: "quiz-results", url: `${A}/quiz` },
  { who: "teacher", name: "debate-teacher", url: `${A}/debate` },
  { who: "teacher", name: "debate-grading", url: `${A}/debate/students/demo-student-1` },
  { who: "teacher", name: "debate-projector", url: `${A}/debate/projector` },
  { who: "teacher", name: "readings", url: "/teacher/readings" },
  { who: "teacher", name: "reading-new", url: "/teacher/readings/new" },
  { who: "teacher", name: "reading", url: "/teacher/readings/library-h20-2025" },
  { who: "teacher", name: "reading-bank", url: "/teacher/readings/library-h20-2025/items" },
  { who: "teacher", name: "teacher-account", url: "/account" },
  { who: "student", name: "student-home", url: "/student" },
  { who: "student", name: "reader", url: S },
  { who: "student", name: "quiz", url: `${S}/quiz` },
  { who: "student", name: "debate", url: `${S}/debate` },
  { who: "student", name: "student-account", url: "/account" },
];
const ACCOUNTS = {
  teacher: { login: "teacher@demo.school", password: "demo-teacher-h20" },
  student: { login: "student1", password: "demo-student-h20" },
};

if (await portInUse(PORT)) throw new Error(`port ${PORT} is in use: is another measuring script running?`);
const found = await findChromium();
if ("missing" in found) throw new Error(found.missing);
ensureCurrentBuild();
mkdirSync(out, { recursive: true });
const dir = mkdtempSync(path.join(tmpdir(), "classroom-shots-"));
const databaseUrl = `file:${dir}/shots.db`;
const server = startBenchServer(PORT, databaseUrl, path.join(dir, "server.log"));
let browser: Browser | undefined;
try {
  await waitFor(`${base}/api/health`);
  PAGES.push(...(await ownReadingPages()));
  browser = await chromium.launch({ executablePath: found.executablePath, args: found.args });
  for (const width of WIDTHS) {
    for (const who of ["visitor", "teacher", "student"] as const) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, baseURL: base });
      const page = await context.newPage();
      if (who !== "visitor") await signIn(page, ACCOUNTS[who]);
      for (const p of PAGES.filter((p) => p.who === who)) {
        const reply = await page.goto(p.url, { waitUntil: "load" });
        // Pages with live updates keep a connection open, so "network idle" may never come: wait a little.
        await page.waitForLoadState("networkidle", { timeout: 3000 }).catch(() => {});
        const file = path.join(out, `${p.name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`${String(reply?.status() ?? "?").padEnd(4)} ${p.url.padEnd(60)} → ${path.basename(file)}`);
      }
      await context.close();
    }
  }
} finally {
  await browser?.close();
  server.stop();
}

/** The demo teacher's own copy of the article: its page, its editor and the item editor (theirs to edit). */
async function ownReadingPages(): Promise<typeof PAGES> {
  const db = createDb(parseDatabaseUrl(databaseUrl));
  try {
    const id = await authoredCopyOfLibraryReading(db);
    const item = await db.quizItem.findFirstOrThrow({ where: { readingId: id, type: "paragraph" } });
    const R = `/teacher/readings/${id}`;
    return [
      { who: "teacher", name: "reading-own", url: R },
      { who: "teacher", name: "reading-edit", url: `${R}/edit` },
      { who: "teacher", name: "item-new", url: `${R}/items/new` },
      { who: "teacher", name: "item-edit", url: `${R}/items/${item.id}` },
    ];
  } finally {
    await db.$disconnect();
  }
}

async function signIn(page: Page, account: { login: string; password: string }) {
  await page.goto("/sign-in");
  await page.locator('input[name="login"]').fill(account.login);
  await page.locator('input[name="password"]').fill(account.password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith("/sign-in")),
    page.locator("form:has(input[name=password]) button[type=submit]").click(),
  ]);
}
