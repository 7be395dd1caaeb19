import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth";
import { LanguageSwitch } from "./language-switch";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const t = await getTranslations();
  const me = await getCurrentUser();
  return (
    <header className="site-header">
      <Link href={me ? "/home" : "/"} className="brand">
        {t("app.name")}
      </Link>
      <nav aria-label={t("nav.label")}>
        <ul>
          {me?.role === "TEACHER" && (
            <li>
              <Link href="/teacher">{t("nav.myClasses")}</Link>
            </li>
          )}
          {me?.role === "STUDENT" && (
            <li>
              <Link href="/student">{t("nav.myAssignments")}</Link>
            </li>
          )}
          {me ? (
            <>
              <li>
                <Link href="/account">{t("nav.account")}</Link>
              </li>
              <li>
                <SignOutButton label={t("nav.signOut")} />
              </li>
            </>
          ) : (
            <>
              <li>
                <Link href="/sign-in">{t("nav.signIn")}</Link>
              </li>
              <li>
                <Link href="/join">{t("nav.join")}</Link>
              </li>
            </>
          )}
        </ul>
      </nav>
      <LanguageSwitch />
      {me && <p className="signed-in-as">{t("nav.signedInAs", { name: me.displayName })}</p>}
    </header>
  );
}
