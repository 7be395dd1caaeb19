// Before the browser tests (`npm run test:e2e`): says which Chromium they will drive, or stops with one
// sentence saying what to do, instead of a failure per test (e2e/support/browser.ts).
import { findChromium } from "../e2e/support/browser";

const chromium = await findChromium();
if ("missing" in chromium) {
  console.error(`\nCannot run the browser tests: ${chromium.missing}\n`);
  process.exit(1);
}
console.log(`Browser tests: ${chromium.source} (${chromium.executablePath})`);
