// Prisma CLI configuration for PostgreSQL: pass `--config prisma/postgres/prisma.config.ts`.
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true, externalTables: true },
  // The migration runner's own bookkeeping table (lib/db/migrate.ts) is not part of the model.
  tables: { external: ["public._app_migrations"] },
  engine: "js",
  schema: "schema.prisma", // paths are relative to this file,
  migrations: { path: "../migrations/postgresql" },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url?.startsWith("postgres"))
      throw new Error("Set DATABASE_URL=postgresql://… for the PostgreSQL Prisma config");
    return new PrismaPg({ connectionString: url });
  },
});
