/**
 * The PostgreSQL schema is the SQLite one with another header: Prisma reads its provider from the file,
 * never from the environment, so one model needs two files. Everything after the models marker is copied.
 */
export const MODELS_MARKER = "// @@models-start";

const POSTGRES_HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:generate\`. Do not edit: change prisma/schema.prisma.

generator client {
  provider        = "prisma-client"
  output          = "../../lib/generated/postgres"
  engineType      = "client"
  moduleFormat    = "esm"
}

datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

`;

export function postgresSchemaFrom(sqliteSchema: string): string {
  const at = sqliteSchema.indexOf(MODELS_MARKER);
  if (at < 0) throw new Error(`prisma/schema.prisma lacks the "${MODELS_MARKER}" line`);
  return POSTGRES_HEADER + sqliteSchema.slice(at);
}
