// `npm run db:new-migration -- <name> [git-ref]`: writes prisma/migrations/{sqlite,postgresql}/NNNN_<name>/
// with the SQL that takes the model at <git-ref> (default HEAD) to the model in the working tree. Prisma
// writes the SQL from the two schema files alone. The PostgreSQL adapter still opens a connection (and
// changes nothing): MIGRATION_POSTGRES_URL, default the local server.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { postgresSchemaFrom } from "../lib/db/postgres-schema";

const [name, ref = "HEAD"] = process.argv.slice(2);
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name_in_snake_case> [git-ref]");
  process.exit(1);
}

const before = execFileSync("git", ["show", `${ref}:prisma/schema.prisma`], { encoding: "utf8" });
const after = readFileSync("prisma/schema.prisma", "utf8");
const tmp = mkdtempSync(path.join(tmpdir(), "migration-"));

const providers = [
  { folder: "sqlite", config: "prisma.config.ts", url: "file:./data/classroom.db", schema: (s: string) => s },
  {
    folder: "postgresql",
    config: "prisma/postgres/prisma.config.ts",
    url: process.env.MIGRATION_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    schema: postgresSchemaFrom,
  },
];

// The SQLite adapter opens its database file even for a diff; on a fresh clone ./data does not exist yet.
mkdirSync("data", { recursive: true });
const written: [string, string][] = [];
for (const p of providers) {
  const from = path.join(tmp, `${p.folder}-before.prisma`);
  const to = path.join(tmp, `${p.folder}-after.prisma`);
  writeFileSync(from, p.schema(before));
  writeFileSync(to, p.schema(after));
  const sql = execFileSync(
    process.execPath,
    [
      "node_modules/prisma/build/index.js",
      "migrate",
      "diff",
      "--config",
      p.config,
      "--from-schema-datamodel",
      from,
      "--to-schema-datamodel",
      to,
      "--script",
    ],
    { encoding: "utf8", env: { ...process.env, DATABASE_URL: p.url }, stdio: ["ignore", "pipe", "inherit"] },
  );
  const dir = path.join("prisma", "migrations", p.folder);
  const next = readdirSync(dir).filter((d) => /^\d{4}_/.test(d)).length + 1;
  written.push([path.join(dir, `${String(next).padStart(4, "0")}_${name}`), sql]);
}
// Both or neither: write only once both providers' SQL exists.
for (const [target, sql] of written) {
  mkdirSync(target);
  writeFileSync(path.join(target, "migration.sql"), sql);
  console.log(`wrote ${target}/migration.sql`);
}
