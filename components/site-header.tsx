import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth";
import { LanguageSwitch } from "./language-switch";
import { SignOutButton } from "./sign-out-button";

/** Plain links: the header is on every page, and next/link would add its client code to each. */
export async function SiteHeader() {
  const t = await getTranslations();
  const me = await getCurrentUser();
  return (
    <header className="site-header">
      <a href={me ? "/home" : "/"} className="brand">
        {t("app.name")}
      </a>
      <nav aria-label={t("nav.label")}>
        <ul>
          {me?.role === "TEACHER" && (
            <li>
              <a href="/teacher">{t("nav.myClasses")}</a>
            </li>
          )}
          {me?.role === "STUDENT" && (
            <>
              <li>
                <a href="/student">{t("nav.myAssignments")}</a>
              </li>
              <li>
                <a href="/join">{t("nav.join")}</a>
              </li>
            </>
          )}
          {me ? (
            <>
              <li>
                <a href="/account">{t("nav.account")}</a>
              </li>
              <li>
                <SignOutButton label={t("nav.signOut")} />
              </li>
            </>
          ) : (
            <>
              <li>
                <a href="/sign-in">{t("nav.signIn")}</a>
              </li>
              <li>
                <a href="/join">{t("nav.join")}</a>
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
