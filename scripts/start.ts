// `npm start`: check the configuration and the port, migrate (and seed an empty database), build once if
// needed, serve. Each failure says what to fix and stops before anything is served. `--dev` runs `next dev`.
// A stop (Ctrl-C, SIGTERM from a service manager) is passed to the server, which finishes what is in flight
// and exits within SHUTDOWN_TIMEOUT seconds (scripts/server/graceful-stop.cjs); this process exits with it.
import { type ChildProcess, type StdioOptions, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { SignUpPolicyError, teacherSignUpPolicy } from "../lib/accounts/sign-up-policy";
import { type DatabaseTarget, DatabaseUrlError, describeDatabase, parseDatabaseUrl } from "../lib/db/database-url";
import { MigrationError } from "../lib/db/migrate";
import { buildIsCurrent } from "../lib/setup/build-stamp";
import { DatabaseUnavailableError, prepareDatabase } from "../lib/setup/prepare-database";
import { ensureAuthSecret } from "../lib/setup/secret";
import { portInUse } from "./lib/port";
import { stopLimitMs } from "./server/stop-limit.cjs";

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

try {
  for (const line of await prepareDatabase(target, { seed: process.env.SEED_DEMO !== "false" })) console.log(line);
} catch (error) {
  if (error instanceof DatabaseUnavailableError || error instanceof MigrationError) stop(error.message);
  throw error;
}

const { secret, source } = ensureAuthSecret();
if (source === "generated") console.log("Generated NEXTAUTH_SECRET and stored it in data/nextauth-secret.");

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

if (!dev && !buildIsCurrent()) {
  console.log(
    existsSync(".next/BUILD_ID")
      ? "The code changed since the last build: rebuilding…"
      : "First start: building the app (a minute or two)…",
  );
  const build = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/build.ts"], {
    stdio: "inherit",
    env,
  });
  if (build.status !== 0) stop("the build failed (see above).");
}

// The preloads make X-Forwarded-For trustworthy before Next reads it (rate limits count per address), and
// take over the stop from Next, whose own waits for every open connection (decision 0018).
// `next dev` keeps its own stop.
const preload = [
  "--require",
  "./scripts/server/client-address.cjs",
  ...(dev ? [] : ["--require", "./scripts/server/graceful-stop.cjs"]),
];
const serverEnv = dev ? env : { ...env, NEXT_MANUAL_SIG_HANDLE: "true" };
// The IPC channel is how the server notices this process is gone (killed), and stops instead of lingering.
const stdio: StdioOptions = dev ? "inherit" : ["inherit", "inherit", "inherit", "ipc"];
const server: ChildProcess = spawn(process.execPath, [...preload, nextBin, dev ? "dev" : "start", "-p", port], {
  stdio,
  env: serverEnv,
});
console.log(`Serving on http://localhost:${port}`);
let stopping = false;
const passOn = (signal: NodeJS.Signals) => {
  if (!stopping) {
    stopping = true;
    // A server that does not stop in its own time limit (plus slack) is ended here.
    setTimeout(() => server.kill("SIGKILL"), stopLimitMs(process.env.SHUTDOWN_TIMEOUT) + 5000).unref();
  }
  server.kill(signal);
};
process.on("SIGINT", () => passOn("SIGINT"));
process.on("SIGTERM", () => passOn("SIGTERM"));
process.on("SIGHUP", () => passOn("SIGTERM")); // the terminal was closed
// npm runs this through `sh -c`, and Debian's sh does not pass a SIGTERM on to its child: told to stop, npm
// stops the shell, and this process is left with a new parent. A new parent therefore means "stop" too.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && !stopping && passOn("SIGTERM"), 200).unref();
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
