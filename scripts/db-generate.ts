// Regenerates the PostgreSQL schema from prisma/schema.prisma, then both Prisma clients.
// Run on `npm install` (postinstall) and after any change to the model.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { postgresSchemaFrom } from "../lib/db/postgres-schema";

const next = postgresSchemaFrom(readFileSync("prisma/schema.prisma", "utf8"));
let current = "";
try {
  current = readFileSync("prisma/postgres/schema.prisma", "utf8");
} catch {}
if (current !== next) writeFileSync("prisma/postgres/schema.prisma", next);

// `prisma generate` connects to nothing, but with DATABASE_URL unset the CLI falls back to downloading
// a native engine (unreachable here), so any well-formed URL of the right provider is enough.
const prisma = (args: string[], url: string) =>
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", ...args], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
prisma(["generate"], "file:./data/classroom.db");
prisma(["generate", "--config", "prisma/postgres/prisma.config.ts"], "postgresql://postgres@127.0.0.1:5432/postgres");
