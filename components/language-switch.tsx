import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/i18n/actions";
import { LOCALES } from "@/i18n/locales";

/** Two submit buttons in a form: works without JavaScript, and each says which language it picks. */
export async function LanguageSwitch() {
  const t = await getTranslations("language");
  const current = await getLocale();
  return (
    <form action={setLocale} className="language-switch" aria-label={t("label")}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className="link-button"
        >
          {t(locale)}
        </button>
      ))}
    </form>
  );
}
