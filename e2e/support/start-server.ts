// Starts the app for the e2e suite exactly as `npm start` does, on a fresh SQLite database with the demo
// class, so every run begins from the same state and never touches ./data. E2E_DATABASE_URL runs the
// suite on another (empty) database instead, e.g. PostgreSQL in .ci/run. The secret is the checkout's own
// (data/nextauth-secret, made by `npm run build`), so the build's server-action key is the one it expects.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const dir = path.resolve("test-results", "e2e-db");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
process.env.DATABASE_URL = process.env.E2E_DATABASE_URL || `file:${path.join(dir, "classroom.db")}`;
process.env.SEED_DEMO = "true";
await import("../../scripts/start");
