"use server";

import { cookies } from "next/headers";
import { isLocale, LOCALE_COOKIE } from "./locales";

/** The language switch: a form post, so it works without JavaScript too. */
export async function setLocale(form: FormData): Promise<void> {
  // Anyone can post anything here: only a known locale is ever stored.
  const locale = form instanceof FormData ? form.get("locale") : null;
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
}
