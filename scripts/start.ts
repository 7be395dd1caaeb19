// `npm start`: check the configuration, the port and Redis, migrate (and seed an empty database), build once
// if needed, serve: one server process, or on PostgreSQL one per core (WEB_CONCURRENCY) sharing the port
// (scripts/lib/serve.ts). Each failure says what to fix and stops before anything is served. `--dev` runs
// `next dev`. A stop (Ctrl-C, SIGTERM from a service manager) is passed to the servers, which finish what is
// in flight and exit within SHUTDOWN_TIMEOUT seconds (scripts/server/graceful-stop.cjs); this process exits with them.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { SignUpPolicyError, teacherSignUpPolicy } from "../lib/accounts/sign-up-policy";
import { type DatabaseTarget, DatabaseUrlError, describeDatabase, parseDatabaseUrl } from "../lib/db/database-url";
import { MigrationError } from "../lib/db/migrate";
import { checkRedis, RedisUnavailableError } from "../lib/live/check-redis";
import { describeRedisUrl, parseRedisUrl, RedisUrlError } from "../lib/live/redis-url";
import { buildHasActionsKey, buildIsCurrent } from "../lib/setup/build-stamp";
import { DatabaseUnavailableError, prepareDatabase } from "../lib/setup/prepare-database";
import { ProcessCountError, serverProcessCount } from "../lib/setup/process-count";
import { serverActionsKey } from "../lib/setup/secret";
import { SharedSecretError, settleAuthSecret } from "../lib/setup/shared-secret";
import { portInUse } from "./lib/port";
import { serve } from "./lib/serve";
import { youngGeneration } from "./lib/young-generation";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const nextBin = "node_modules/next/dist/bin/next";

function stop(message: string): never {
  console.error(`\nCannot start: ${message}\n`);
  process.exit(1);
}

try {
  console.log(`Teacher sign-up: ${teacherSignUpPolicy()} (TEACHER_SIGNUP)`);
} catch (error) {
  if (error instanceof SignUpPolicyError) stop(error.message);
  throw error;
}

const busy = await portInUse(Number(port));
if (busy) stop(`port ${port} is already in use (${busy}): stop what is using it, or choose another with PORT=…`);

let target: DatabaseTarget;
try {
  target = parseDatabaseUrl(process.env.DATABASE_URL);
} catch (error) {
  if (error instanceof DatabaseUrlError) stop(error.message);
  throw error;
}
console.log(`Database: ${describeDatabase(target)}`);

let processes: ReturnType<typeof serverProcessCount>;
let redisUrl: string | null;
try {
  processes = dev
    ? { count: 1 }
    : serverProcessCount(process.env.WEB_CONCURRENCY, target.provider, availableParallelism());
  redisUrl = parseRedisUrl(process.env.REDIS_URL);
  if (redisUrl) await checkRedis(redisUrl);
} catch (error) {
  if (error instanceof ProcessCountError || error instanceof RedisUrlError || error instanceof RedisUnavailableError)
    stop(error.message);
  throw error;
}
if (processes.note) console.log(processes.note);
// Where processes (and machines) share live updates and limits: lib/live/live-bus.ts, lib/http/rate-limit.ts.
console.log(
  `Live updates and limits: ${
    redisUrl
      ? `Redis (${describeRedisUrl(redisUrl)})`
      : target.provider === "postgresql"
        ? "shared through PostgreSQL"
        : "in this process"
  }`,
);

try {
  for (const line of await prepareDatabase(target, { seed: process.env.SEED_DEMO !== "false" })) console.log(line);
} catch (error) {
  if (error instanceof DatabaseUnavailableError || error instanceof MigrationError) stop(error.message);
  throw error;
}

let secret: string;
try {
  const settled = await settleAuthSecret(target);
  secret = settled.secret;
  if (settled.source === "generated") console.log("Generated NEXTAUTH_SECRET and stored it in data/nextauth-secret.");
} catch (error) {
  if (error instanceof SharedSecretError) stop(error.message);
  throw error;
}
// Built into the app: servers on several machines built with the same secret accept each other's forms.
process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ||= serverActionsKey(secret);

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: target.url,
  NEXTAUTH_SECRET: secret,
  NEXT_TELEMETRY_DISABLED: "1",
};
// Students reach a classroom server by whatever address the teacher gives them (an IP on the school
// network), so unless NEXTAUTH_URL pins the address, next-auth takes it from the request. next-auth treats
// any non-empty value as "on", so AUTH_TRUST_HOST=false or 0 is turned into "unset" here.
if (/^(false|0|no)$/i.test(process.env.AUTH_TRUST_HOST ?? "")) delete env.AUTH_TRUST_HOST;
else if (!process.env.NEXTAUTH_URL) env.AUTH_TRUST_HOST = process.env.AUTH_TRUST_HOST || "true";

// On PostgreSQL other machines may share the database: this build must have their server-action key.
const keyDiffers =
  target.provider === "postgresql" && !buildHasActionsKey(process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY);
if (!dev && (!buildIsCurrent() || keyDiffers)) {
  console.log(
    !existsSync(".next/BUILD_ID")
      ? "First start: building the app (a minute or two)…"
      : keyDiffers && buildIsCurrent()
        ? "The build has another server-action key than NEXTAUTH_SECRET gives: rebuilding…"
        : "The code changed since the last build: rebuilding…",
  );
  const build = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/build.ts"], {
    stdio: "inherit",
    env,
  });
  if (build.status !== 0) stop("the build failed (see above).");
}

// The preloads make X-Forwarded-For trustworthy before Next reads it (rate limits count per address),
// take over the stop from Next, whose own waits for every open connection (decision 0018), keep Next's
// in-process gzip to its static files (decision 0052), and start the requests read one per event-loop turn,
// in arrival order, so new connections are taken during a burst (decision 0054).
// `next dev` keeps its own stop.
const preload = [
  "--require",
  "./scripts/server/client-address.cjs",
  ...(dev
    ? []
    : [
        "--require",
        "./scripts/server/graceful-stop.cjs",
        "--require",
        "./scripts/server/page-compression.cjs",
        "--require",
        "./scripts/server/request-turns.cjs",
        ...youngGeneration(process.env.NODE_OPTIONS),
      ]),
];
serve({
  count: processes.count,
  execArgv: preload,
  script: nextBin,
  args: [dev ? "dev" : "start", "-p", port],
  env: dev ? env : { ...env, NEXT_MANUAL_SIG_HANDLE: "true" },
  dev,
});
console.log(
  `Serving on http://localhost:${port}${processes.count > 1 ? ` with ${processes.count} server processes` : ""}`,
);
