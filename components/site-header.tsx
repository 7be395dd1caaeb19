import { getLocale } from "next-intl/server";
import { localeFrom } from "@/i18n/messages";
import { getCurrentUser } from "@/lib/auth";
import { headerLabels } from "@/lib/site-header-labels";
import { SiteFooterView, SiteHeaderView } from "./site-header-view";

/** The App Router's header: the shared view with this request's user and language. */
export async function SiteHeader() {
  const me = await getCurrentUser();
  const locale = localeFrom(await getLocale());
  return <SiteHeaderView me={me} locale={locale} labels={headerLabels(locale, me)} />;
}

/** The App Router's footer. */
export async function SiteFooter() {
  const me = await getCurrentUser();
  const locale = localeFrom(await getLocale());
  return <SiteFooterView labels={headerLabels(locale, me)} />;
}
