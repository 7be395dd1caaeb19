import type { Locale } from "@/i18n/locales";
import { translator } from "@/i18n/pages";
import type { HeaderLabels, HeaderUser } from "./site-header";

// Apart from the view so that a Pages Router page's client bundle, which takes the view, never takes the catalogs.
/** The header's text, formatted on the server for either router (the header ships no catalog). */
export function headerLabels(locale: Locale, me: HeaderUser): HeaderLabels {
  const t = translator(locale);
  return {
    appName: t("app.name"),
    navLabel: t("nav.label"),
    myClasses: t("nav.myClasses"),
    readings: t("nav.readings"),
    admin: t("nav.admin"),
    privacy: t("privacy.link"),
    myAssignments: t("nav.myAssignments"),
    join: t("nav.join"),
    account: t("nav.account"),
    signOut: t("nav.signOut"),
    signIn: t("nav.signIn"),
    signedInAs: me ? t("nav.signedInAs", { name: me.displayName }) : "",
    menu: t("nav.menu"),
    languageLabel: t("language.label"),
    "zh-Hant": t("language.zh-Hant"),
    en: t("language.en"),
  };
}
