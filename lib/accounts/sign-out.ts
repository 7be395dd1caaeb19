"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { SESSION_COOKIES } from "@/lib/auth/session-cookie";

// With JWT sessions, signing out is deleting the session cookie; a server action does it without
// shipping next-auth's client library to every page (server actions are protected against CSRF by
// Next's Origin check).

export async function signOut(): Promise<void> {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    // Browsers only accept a __Secure- cookie (even an expired one) with the Secure flag.
    if (jar.has(name)) jar.set(name, "", { path: "/", maxAge: 0, secure: name.startsWith("__Secure-") });
  }
  redirect("/");
}
