// The server under test for the measuring scripts (size, bench:quiz, bench:debate): `npm start` on its own port and database, and
// its memory as the kernel sees it.
import { spawn, spawnSync } from "node:child_process";
import { openSync, readdirSync, readFileSync } from "node:fs";
import { buildIsCurrent } from "../../lib/setup/build-stamp";

/** Builds the app unless the last build is of this code (as `npm start` does). */
export function ensureCurrentBuild(): void {
  if (buildIsCurrent()) return;
  const build = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/build.ts"], {
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error("the build failed");
}

export type BenchServer = { pgid: number; stop(): void };

/**
 * scripts/start.ts (migrate, seed, `next start`) in its own process group, output to `logFile`, so that
 * stopping it stops `next start` too. SEED_DEMO=true: the demo class is on the fresh database. `env` adds to or
 * overrides the settings (NEXTAUTH_SECRET: "" uses the checkout's own secret, the one the build was made with).
 */
export function startBenchServer(
  port: number,
  databaseUrl: string,
  logFile: string,
  env: Record<string, string> = {},
): BenchServer {
  const log = openSync(logFile, "w");
  const server = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: "bench-script-secret",
      SEED_DEMO: "true",
      ...env,
    },
    stdio: ["ignore", log, log],
    detached: true,
  });
  let stopped = false;
  return {
    pgid: server.pid!,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        process.kill(-server.pid!, "SIGTERM");
      } catch {
        // already gone
      }
    },
  };
}

/** Resident memory in kB of `next start` (its process is titled "next-server") and of its whole process group. */
export type GroupMemory = { serverKb: number; groupKb: number };

/**
 * Reads /proc (Linux) for every process in the group: the tsx wrapper, scripts/start.ts and next-server.
 * Undefined where /proc is not available or the group is gone.
 */
export function groupMemory(pgid: number): GroupMemory | undefined {
  let serverKb = 0;
  let groupKb = 0;
  let names: string[];
  try {
    names = readdirSync("/proc").filter((n) => /^\d+$/.test(n));
  } catch {
    return undefined;
  }
  for (const pid of names) {
    try {
      // Fields after the command name, which is in parentheses and may itself hold spaces: state ppid pgrp …
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) !== pgid) continue;
      const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
      groupKb += rss;
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").startsWith("next-server")) serverKb += rss;
    } catch {
      // the process ended while being read
    }
  }
  return groupKb > 0 ? { serverKb, groupKb } : undefined;
}
