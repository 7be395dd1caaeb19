// `npm run size`: first-load JavaScript of the reader page, gzipped, against the 130 KB budget (issue #3).
// Builds if needed, serves the build on a throw-away database, signs in as a demo student, loads the
// reader as a browser would, and gzips every script the page's HTML loads. Exits 1 over budget.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { signIn } from "./lib/http";
import { ensureCurrentBuild } from "./lib/server";

const BUDGET_KB = 130;
const PORT = 3199;
const base = `http://localhost:${PORT}`;

ensureCurrentBuild();

const dir = mkdtempSync(path.join(tmpdir(), "classroom-size-"));
const server = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
  env: {
    ...process.env,
    PORT: String(PORT),
    DATABASE_URL: `file:${dir}/size.db`,
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
  const pages = {
    reader: "/student/assignments/demo-assignment-h20",
    "student home": "/student",
    "sign-in": "/sign-in",
  };
  let readerKb = 0;
  for (const [name, url] of Object.entries(pages)) {
    const html = await (await fetch(base + url, { headers: { cookie } })).text();
    if (name === "reader" && !html.includes('data-pid="h20-p01"'))
      throw new Error("the reader page did not render the article");
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
    console.log(
      `${name.padEnd(14)} ${String(scripts.length).padStart(2)} scripts  ${kb.toFixed(1).padStart(6)} KB gzipped first-load JS`,
    );
  }
  console.log(
    `reader budget: ${BUDGET_KB} KB → ${readerKb <= BUDGET_KB ? "within budget" : "OVER BUDGET"} (${readerKb.toFixed(1)} KB)`,
  );
  stop();
  process.exit(readerKb <= BUDGET_KB ? 0 : 1);
} catch (error) {
  stop();
  throw error;
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
