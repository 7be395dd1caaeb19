import { cookies } from "next/headers";
import { SESSION_COOKIES } from "@/lib/auth/session-cookie";
import { sessionFromCookie } from "@/lib/auth/session-user";
import { endSession } from "@/lib/auth/sign-out";
import { db } from "@/lib/db";
import { isDatabaseFault } from "@/lib/db/database-faults";
import { isSameOrigin, seeOther } from "@/lib/http/routes";

// A form post to this route signs out without shipping next-auth's client library to every page: the session
// ends on the server (a copied cookie stops working), then the cookie is deleted.
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new Response(null, { status: 403 });
  const jar = await cookies();
  const session = await sessionFromCookie((name) => jar.get(name)?.value);
  // With the database unreachable the cookie still goes: this browser is signed out, and the fault is logged.
  if (session)
    await endSession(db, session).catch((error: unknown) => {
      if (!isDatabaseFault(error)) throw error;
      console.error(`[${new Date().toISOString()}] sign-out could not end the session on the server:`, error);
    });
  for (const name of SESSION_COOKIES) {
    // Browsers only accept a __Secure- cookie (even an expired one) with the Secure flag.
    if (jar.has(name)) jar.set(name, "", { path: "/", maxAge: 0, secure: name.startsWith("__Secure-") });
  }
  return seeOther("/");
}
