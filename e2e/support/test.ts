import { type Browser, type BrowserContext, test as base, expect } from "@playwright/test";

export * from "@playwright/test";

/**
 * Playwright's `test`, watching every page of every browser context a test opens (its own `page`, and the
 * ones from `browser.newContext()` or `newPage()` for a second user): the test fails on any
 * Content-Security-Policy violation the browser reports, and on any request that leaves the app (the
 * privacy page promises no third-party requests). The app's own server is any port on this host (a second
 * server in a few specs); data: and blob: URLs are the page's own.
 */
export const test = base.extend<{ pageWatch: undefined }>({
  pageWatch: [
    async ({ context, browser, baseURL }, use, testInfo) => {
      const problems: string[] = [];
      const ownHost = new URL(baseURL ?? "http://localhost").hostname;
      const watch = (watched: BrowserContext) => {
        watched.on("request", (request) => {
          const url = new URL(request.url());
          if (url.protocol === "data:" || url.protocol === "blob:") return;
          if (url.hostname !== ownHost) problems.push(`a request to another site: ${request.url()}`);
        });
        watched.on("console", (message) => {
          if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
            problems.push(`CSP violation on ${message.page()?.url()}: ${message.text()}`);
        });
      };
      watch(context);
      const restore = watchNewContexts(browser, watch);
      await use(undefined);
      restore();
      expect(problems, `${testInfo.title}: CSP violations or requests that leave the app`).toEqual([]);
    },
    { auto: true },
  ],
});

/** Calls `watch` on every context the test creates; returns the function that stops doing so. */
function watchNewContexts(browser: Browser, watch: (context: BrowserContext) => void): () => void {
  const original = browser.newContext;
  browser.newContext = async (...args: Parameters<Browser["newContext"]>) => {
    const created = await original.apply(browser, args);
    watch(created);
    return created;
  };
  return () => {
    browser.newContext = original;
  };
}
