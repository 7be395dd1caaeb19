import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./e2e/support/browser";

// The suite runs against a production build (`next build`, then `npm start`'s own start-up) on a
// throw-away SQLite database that e2e/support/start-server.ts recreates for every run.
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://localhost:${PORT}`;
// `npm run test:e2e` checks first (scripts/check-browser.ts) and stops with a sentence when there is none.
const chromium = await findChromium();
const browser = "missing" in chromium ? { executablePath: undefined, args: [] } : chromium;

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  // Servers sharing one database need PostgreSQL: that story runs in .ci/run's PostgreSQL pass only.
  testIgnore: /^postgres(ql)?:/.test(process.env.E2E_DATABASE_URL ?? "") ? [] : ["**/several-processes.spec.ts"],
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Long stories (a whole lesson) visit many pages with an axe check on each; on 2 cores that takes time.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    locale: "zh-TW",
    ...devices["Desktop Chrome"],
    // Playwright's own browser download is not reachable here: CHROMIUM_PATH, Debian's, or the npm package's.
    launchOptions: { executablePath: browser.executablePath, args: browser.args },
  },
  webServer: {
    command: "npx tsx e2e/support/start-server.ts",
    url: `${BASE_URL}/api/health`,
    env: { PORT: String(PORT) },
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
