import { type NextRequest, NextResponse } from "next/server";
import {
  contentSecurityPolicy,
  isCrossSitePost,
  newNonce,
  STRICT_TRANSPORT_SECURITY,
  servedOverHttps,
} from "@/lib/http/security-headers";

const dev = process.env.NODE_ENV === "development";

/**
 * Runs before every page (and every server action, which posts to its page): a fresh CSP nonce, which Next
 * reads from the request's Content-Security-Policy header and puts on its own scripts (the Pages Router's
 * document reads it from x-nonce); HSTS over HTTPS; and a 403 for a post from another site (every post to a page runs a server action).
 * Route handlers under /api answer JSON or streams and check their own origin, so they skip this.
 */
export function proxy(request: NextRequest) {
  if (isCrossSitePost(request)) return new NextResponse(null, { status: 403 });
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { dev });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (servedOverHttps(request.headers)) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Not the build's files, the icons or the JSON/stream routes; prefetches render no scripts of their own. Not
  // the reader and the quiz (Pages Router, GET only): pages/_document.tsx sets their policy itself.
  matcher: [
    {
      source:
        "/((?!api/|_next/static|_next/image|_next/data|favicon.ico|icon.svg|student/assignments/[^/]+(?:/quiz)?$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
