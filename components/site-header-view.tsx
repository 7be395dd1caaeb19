import { LOCALES, type Locale } from "@/i18n/locales";
import type { HeaderLabels, HeaderUser } from "@/lib/site-header";

/**
 * The header on every page, App Router or Pages Router. Plain links and plain form posts to route
 * handlers (app/api/locale, app/api/sign-out): no client code, and both work without JavaScript.
 */
export function SiteHeaderView({ me, locale, labels }: { me: HeaderUser; locale: Locale; labels: HeaderLabels }) {
  // The same links twice: laid out in the header on wide screens, folded into a menu on phones, so a phone's
  // header is one row. CSS shows one of the two; the other is display: none, out of the accessibility tree.
  const items = <HeaderItems me={me} locale={locale} labels={labels} />;
  return (
    <header className="site-header">
      <a href={me ? "/home" : "/"} className="brand">
        {labels.appName}
      </a>
      <div className="header-wide">{items}</div>
      <details className="header-menu">
        <summary>{labels.menu}</summary>
        <div className="header-menu-panel">{items}</div>
      </details>
    </header>
  );
}

/** The footer on every page: where the privacy page is (what is stored, who sees it, for how long). */
export function SiteFooterView({ labels }: { labels: HeaderLabels }) {
  return (
    <footer className="site-footer">
      <a href="/privacy">{labels.privacy}</a>
    </footer>
  );
}

function HeaderItems({ me, locale, labels }: { me: HeaderUser; locale: Locale; labels: HeaderLabels }) {
  return (
    <>
      <nav aria-label={labels.navLabel}>
        <ul>
          {me?.role === "TEACHER" && (
            <>
              <li>
                <a href="/teacher">{labels.myClasses}</a>
              </li>
              <li>
                <a href="/teacher/readings">{labels.readings}</a>
              </li>
              {me.isAdmin && (
                <li>
                  <a href="/admin">{labels.admin}</a>
                </li>
              )}
            </>
          )}
          {me?.role === "STUDENT" && (
            <>
              <li>
                <a href="/student">{labels.myAssignments}</a>
              </li>
              <li>
                <a href="/join">{labels.join}</a>
              </li>
            </>
          )}
          {me ? (
            <>
              <li>
                <a href="/account">{labels.account}</a>
              </li>
              <li>
                <form method="post" action="/api/sign-out">
                  <button type="submit" className="link-button">
                    {labels.signOut}
                  </button>
                </form>
              </li>
            </>
          ) : (
            <>
              <li>
                <a href="/sign-in">{labels.signIn}</a>
              </li>
              <li>
                <a href="/join">{labels.join}</a>
              </li>
            </>
          )}
        </ul>
      </nav>
      {/* Two submit buttons in a form: each says which language it picks. */}
      <form method="post" action="/api/locale" className="language-switch" aria-label={labels.languageLabel}>
        {LOCALES.map((l) => (
          <button
            key={l}
            type="submit"
            name="locale"
            value={l}
            lang={l}
            aria-pressed={l === locale}
            className="link-button"
          >
            {labels[l]}
          </button>
        ))}
      </form>
      {me && <p className="signed-in-as">{labels.signedInAs}</p>}
    </>
  );
}
