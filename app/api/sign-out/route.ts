import { cookies } from "next/headers";
import { SESSION_COOKIES } from "@/lib/auth/session-cookie";
import { isSameOrigin, seeOther } from "@/lib/http/routes";

// With JWT sessions, signing out is deleting the session cookie: a form post to this route does it
// without shipping next-auth's client library to every page.
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new Response(null, { status: 403 });
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    // Browsers only accept a __Secure- cookie (even an expired one) with the Secure flag.
    if (jar.has(name)) jar.set(name, "", { path: "/", maxAge: 0, secure: name.startsWith("__Secure-") });
  }
  return seeOther("/");
}
