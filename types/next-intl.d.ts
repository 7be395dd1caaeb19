import type { Locale } from "@/i18n/locales";
import type zhHant from "@/messages/zh-Hant.json";

// Message keys are checked by the compiler: `t("quiz.title")` with a key that is not in the catalog fails
// the type check (en.json has the same keys: i18n/catalogs.test.ts).
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof zhHant;
  }
}
