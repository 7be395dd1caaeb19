// Server code for the Pages Router pages' getServerSideProps (the reader, the quiz): who is asking, in which
// language, and the parts every such page's props share.

import { pagesIntl } from "@/i18n/pages";
import { type CurrentUser, userFromSessionCookie } from "@/lib/auth/session-user";
import type { Shell } from "@/lib/site-header";
import { headerLabels } from "@/lib/site-header-labels";

/** A page's 404 as props: the same words whether the record is missing or someone else's. */
export type NotFoundProps = { kind: "notFound"; shell: Shell; title: string; body: string; home: string };

/** The signed-in user with their language and the page-wide parts, or null when no one is signed in. */
export async function pagesRequest(cookies: Partial<Record<string, string>>) {
  const me: CurrentUser | null = await userFromSessionCookie((name) => cookies[name]);
  if (!me) return null;
  const { locale, t, format } = pagesIntl(cookies);
  const shell = (pageTitle: string): Shell => ({
    locale,
    pageTitle: `${pageTitle} · ${t("app.name")}`,
    skipToContent: t("app.skipToContent"),
    header: {
      me: { role: me.role, isAdmin: me.isAdmin, displayName: me.displayName },
      labels: headerLabels(locale, me),
    },
  });
  const notFound = (): NotFoundProps => ({
    kind: "notFound",
    shell: shell(t("notFound.title")),
    title: t("notFound.title"),
    body: t("notFound.body"),
    home: t("notFound.home"),
  });
  return { me, locale, t, format, shell, notFound };
}
