import path from "node:path";

/** The database the suite's server uses (e2e/support/start-server.ts), for the commands a test runs on it. */
export const E2E_DATABASE_URL =
  process.env.E2E_DATABASE_URL || `file:${path.resolve("test-results", "e2e-db", "classroom.db")}`;
