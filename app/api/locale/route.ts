import { cookies } from "next/headers";
import { isLocale, LOCALE_COOKIE } from "@/i18n/locales";
import { backTo, isSameOrigin, readForm, seeOther } from "@/lib/http/routes";

/** The header's language switch (a form post, so it works without JavaScript). Back to the same page. */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new Response(null, { status: 403 });
  const locale = (await readForm(request))?.locale;
  // Anyone can post anything here: only a known locale is ever stored.
  if (isLocale(locale))
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  return seeOther(backTo(request));
}
