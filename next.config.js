// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Native and driver packages stay in node_modules instead of the server bundle.
  serverExternalPackages: [
    "better-sqlite3",
    "pg",
    "@node-rs/argon2",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    // The live bus and the shared limits (Redis, PostgreSQL): plain Node packages with optional stores.
    "redis",
    "rate-limiter-flexible",
    // Reading imports: jsdom reads its own files at run time, and neither is needed in a browser bundle.
    "jsdom",
    "mammoth",
  ],
  poweredByHeader: false,
  // Every page is rendered per user and sent with no-store, so a browser never asks with If-None-Match; Next's
  // ETag would only hash each page's bytes for nothing (a twentieth of the reader's server time, measured
  // 2026-12-06). Routes that are revalidated set their own (the quiz's article).
  generateEtags: false,
  // From the sources (scripts/build.ts), so servers built apart from the same code agree; Next's own is random.
  generateBuildId: async () => process.env.CLASSROOM_BUILD_ID ?? null,
  // Every page's <title> goes in the first bytes of <head> instead of being streamed in later: screen
  // readers announce the title on arrival, and a page is never briefly untitled (axe's document-title).
  htmlLimitedBots: /.*/,
  // On every response; the Content-Security-Policy (with its per-request nonce) and HSTS come from proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          // The app uses none of these; a page can then never ask for them, whatever it contains.
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
          },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
