import { existsSync } from "node:fs";

/**
 * The Chromium the browser tests drive (docs/decisions/0019). Playwright cannot download its own browser on
 * these machines (nor on many school networks), so, in this order:
 * 1. CHROMIUM_PATH, when set (it must exist);
 * 2. Debian's /usr/bin/chromium (`apt-get install chromium`), the fastest to start;
 * 3. the Chromium shipped inside the npm package @sparticuz/chromium (a dev dependency, so a machine with
 *    Node and nothing else has it), unpacked to /tmp/chromium on first use. Linux x64 only.
 */
export type Chromium = { executablePath: string; args: string[]; source: string };

// Without the networking flags Chromium floods a closed network with refused connections.
const QUIET = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
const DEBIAN = "/usr/bin/chromium";

export async function findChromium(): Promise<Chromium | { missing: string }> {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    return existsSync(configured)
      ? { executablePath: configured, args: ["--no-sandbox", "--disable-gpu", ...QUIET], source: "CHROMIUM_PATH" }
      : { missing: `CHROMIUM_PATH is ${configured}, which does not exist.` };
  }
  if (existsSync(DEBIAN))
    return { executablePath: DEBIAN, args: ["--no-sandbox", "--disable-gpu", ...QUIET], source: "Debian's chromium" };
  if (process.platform !== "linux" || process.arch !== "x64") {
    return {
      missing: `No Chromium for the browser tests: install one and set CHROMIUM_PATH to it (this ${process.platform}/${process.arch} machine cannot use the one in @sparticuz/chromium).`,
    };
  }
  try {
    const { default: packaged } = await import("@sparticuz/chromium");
    // Not the package's own flags: they are for one page per process on AWS Lambda (--single-process, and
    // --disable-web-security, which would hide what the same-origin checks of these tests look at).
    return {
      executablePath: await packaged.executablePath(),
      args: ["--no-sandbox", "--disable-gpu", "--no-zygote", ...QUIET],
      source: "@sparticuz/chromium",
    };
  } catch (error) {
    return {
      missing: `No Chromium for the browser tests: @sparticuz/chromium could not be unpacked (${(error as Error).message}); install Debian's (apt-get install chromium) or set CHROMIUM_PATH.`,
    };
  }
}
