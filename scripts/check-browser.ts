// Before the browser tests (`npm test`, `npm run test:e2e`): starts the Chromium they will drive once and says
// which it is, or stops with one sentence saying what to do, instead of a failure per test
// (e2e/support/browser.ts, docs/decisions/0019).
import { chromium as playwright } from "@playwright/test";
import { findChromium } from "../e2e/support/browser";

const chromium = await findChromium();
if ("missing" in chromium) {
  console.error(`\nCannot run the browser tests: ${chromium.missing}\n`);
  process.exit(1);
}
try {
  const browser = await playwright.launch({ executablePath: chromium.executablePath, args: chromium.args });
  await browser.close();
} catch (error) {
  const reason =
    String((error as Error).message)
      .split("\n")
      .find((line) => line.trim()) ?? "";
  console.error(
    `\nCannot run the browser tests: ${chromium.source} (${chromium.executablePath}) does not start (${reason.trim()}); on Debian or Ubuntu, \`apt-get install chromium\` brings one with what it needs, or set CHROMIUM_PATH.\n`,
  );
  process.exit(1);
}
console.log(`Browser tests: ${chromium.source} (${chromium.executablePath})`);
