import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "i18n/**/*.test.ts"],
    environment: "node",
    // Argon2 hashing and migrations take a moment on 2 cores; the PostgreSQL run creates databases.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
