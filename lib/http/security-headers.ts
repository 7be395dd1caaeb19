import { randomBytes } from "node:crypto";

/**
 * The Content-Security-Policy of every page (docs/decisions/0042). Scripts run only from this site and only
 * with the request's nonce ('strict-dynamic' lets Next's own loader add its chunks); nothing is fetched,
 * framed or posted anywhere else. Styles allow inline `style` attributes: a few charts and bars size
 * themselves with them, and a style cannot run code.
 */
export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code to rebuild server error stacks; the production build never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh nonce for one response: 128 random bits, as CSP asks. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * Whether the browser reached this server over HTTPS: NEXTAUTH_URL says so, or the one trusted reverse proxy
 * does (X-Forwarded-Proto is removed from requests unless TRUST_PROXY=true: scripts/server/client-address.cjs).
 */
export function servedOverHttps(
  headers: { get(name: string): string | null },
  pinned = process.env.NEXTAUTH_URL,
): boolean {
  if (pinned) return pinned.startsWith("https://");
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

/** Two years, the value browsers' preload lists ask for; subdomains are the school's, so they are left out. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000";

/**
 * Whether a post to a page came from another site. Every post to a page runs a server action (with the
 * Next-Action header from a script, or as a plain form before the script has loaded). Next refuses those
 * itself, but with a 500; here it is a 403 before anything is read, like the route handlers (lib/http/routes.ts).
 */
export function isCrossSitePost(request: { method: string; headers: { get(name: string): string | null } }) {
  if (request.method !== "POST") return false;
  const origin = request.headers.get("origin");
  if (!origin) return false; // browsers send Origin on every POST; without one it is not a browser's cross-site post
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" (a sandboxed frame, a data: page) or garbage
  }
}
