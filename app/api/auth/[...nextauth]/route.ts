import { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { readCappedBytes } from "@/lib/http/routes";

const handler = NextAuth(authOptions);

/** A sign-in form is a login name, a password and a CSRF token: far below this. */
const AUTH_BODY_LIMIT = 8 * 1024;

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth reads whatever body it is sent; like every other route, this one reads at most its limit and
// hands next-auth a copy of what it read.
async function POST(request: NextRequest, context: Context) {
  const body = await readCappedBytes(request, AUTH_BODY_LIMIT).catch(() => null);
  if (body === null) return Response.json({ error: "tooLarge" }, { status: 413 });
  const capped = new NextRequest(request.url, { method: "POST", headers: request.headers, body: Buffer.from(body) });
  return handler(capped, context);
}

export { handler as GET, POST };
