// `npm start`: check the configuration, migrate (and seed an empty database), build once if needed, serve.
// Each failure says what to fix and stops before anything is served. `--dev` runs `next dev` instead.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { DatabaseUrlError, describeDatabase, parseDatabaseUrl } from "../lib/db/database-url";
import { MigrationError } from "../lib/db/migrate";
import { buildIsCurrent } from "../lib/setup/build-stamp";
import { DatabaseUnavailableError, prepareDatabase } from "../lib/setup/prepare-database";
import { ensureAuthSecret } from "../lib/setup/secret";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const nextBin = "node_modules/next/dist/bin/next";

function stop(message: string): never {
  console.error(`\nCannot start: ${message}\n`);
  process.exit(1);
}

let target;
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

const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: target.url, NEXTAUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1" };
// Students reach a classroom server by whatever address the teacher gives them (an IP on the school
// network), so unless NEXTAUTH_URL pins the address, next-auth takes it from the request. next-auth treats
// any non-empty value as "on", so AUTH_TRUST_HOST=false or 0 is turned into "unset" here.
if (/^(false|0|no)$/i.test(process.env.AUTH_TRUST_HOST ?? "")) delete env.AUTH_TRUST_HOST;
else if (!process.env.NEXTAUTH_URL) env.AUTH_TRUST_HOST = process.env.AUTH_TRUST_HOST || "true";

if (!dev && !buildIsCurrent()) {
  console.log(existsSync(".next/BUILD_ID") ? "The code changed since the last build: rebuilding…" : "First start: building the app (a minute or two)…");
  const build = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/build.ts"], { stdio: "inherit", env });
  if (build.status !== 0) stop("the build failed (see above).");
}

// The preload makes X-Forwarded-For trustworthy before Next reads it (rate limits count per address).
const preload = ["--require", "./scripts/server/client-address.cjs"];
const server = spawn(process.execPath, [...preload, nextBin, dev ? "dev" : "start", "-p", port], { stdio: "inherit", env });
console.log(`Serving on http://localhost:${port}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
